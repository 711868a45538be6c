"""Resonanz: social media monitoring for German-speaking companies."""

__version__ = "0.1.0"
