"""`resonanz nlp …`: placeholder until the NLP commands land."""

import click


@click.group()
def nlp() -> None:
    """Language, sentiment and intent models: annotate, evaluate, retrain."""
