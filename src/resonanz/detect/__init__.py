"""Early-warning detectors: each reads a series of bucket counts and names its anomalies."""

from resonanz.detect.base import Anomaly, Detector, Point

__all__ = ["Anomaly", "Detector", "Point"]
