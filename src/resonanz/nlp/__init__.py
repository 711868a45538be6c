"""Offline enrichment: language, sentiment, intent, keywords and explanations.

```python
from resonanz.nlp import load_enricher

enricher = load_enricher()              # the shipped model, loaded once by the caller
[e] = enricher.enrich(["Zug fällt schon wieder aus, danke für nichts @DB_Bahn"])
e.language, e.sentiment, e.intent, e.explanation["sentiment"]
```

`retrain(base, examples)` refits the sentiment and intent heads on top of a model with extra
labelled examples (users' corrections); see `docs/models.md`.
"""

from resonanz.nlp.enricher import MODEL_FILE, Enricher, load_enricher, load_model
from resonanz.nlp.retrain import LabelledText, retrain

__all__ = ["MODEL_FILE", "Enricher", "LabelledText", "load_enricher", "load_model", "retrain"]
