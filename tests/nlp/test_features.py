"""Tokens and hashed features: the contract between training and inference."""

from __future__ import annotations

import zlib

import numpy as np

from resonanz.nlp.features import bigram_feature, doc_features, token_features, tokenize
from resonanz.nlp.linear import LinearModel, TokenTable, head_from_arrays, segment_sum


def test_tokenize_kinds_and_norms():
    tokens = tokenize("@DB_Bahn Zug fällt aus!!!! 😡 #fail https://t.co/x :-) soooo 2016")
    kinds = [(t.kind, t.norm) for t in tokens]
    assert kinds == [
        ("mention", "<user>"),
        ("word", "zug"),
        ("word", "fällt"),
        ("word", "aus"),
        ("punct", "!!!"),
        ("emoji", "😡"),
        ("hashtag", "#fail"),
        ("url", "<url>"),
        ("emoticon", ":-)"),
        ("word", "sooo"),
        ("word", "0000"),
    ]
    assert tokens[1].start == 9


def test_hash_is_stable_crc32():
    # The shipped weights depend on exactly this hash: CRC-32 of "w:<token>", low 20 bits.
    assert token_features("zug", 20)[0] == zlib.crc32(b"w:zug") & 0xFFFFF
    assert bigram_feature("zug", "fällt", 20) == zlib.crc32("b:zug fällt".encode()) & 0xFFFFF


def test_hashtag_shares_the_word_features():
    plain = set(token_features("fail"))
    tagged = set(token_features("#fail"))
    assert plain <= tagged
    assert len(tagged - plain) == 1


def test_doc_features_are_token_features_plus_bigrams():
    norms = ["das", "ist", "gut"]
    ids = doc_features(norms)
    expected = token_features("das") + token_features("ist") + token_features("gut")
    assert ids[: len(expected)] == expected
    assert ids[len(expected) :] == [bigram_feature("das", "ist"), bigram_feature("ist", "gut")]


def test_segment_sum_handles_empty_segments():
    values = np.arange(6, dtype=np.float32).reshape(3, 2)
    out = segment_sum(values, np.array([0, 2, 0, 1]))
    assert out.tolist() == [[0, 0], [2, 4], [0, 0], [4, 5]]
    assert segment_sum(np.zeros((0, 2), np.float32), np.array([0, 0])).shape == (2, 2)


def _random_model(bits: int = 12) -> LinearModel:
    rng = np.random.default_rng(0)
    weights = rng.normal(size=(1 << bits, 3)).astype(np.float32)
    head = head_from_arrays("h", ("a", "b", "c"), 0, [0.1, 0.2, 0.3])
    return LinearModel(bits, weights, {"h": head})


def test_token_table_equals_direct_feature_sum():
    model = _random_model()
    docs = [["das", "ist", "gut"], [], ["gut"], ["sehr", "sehr", "gut", "!!"]]
    table = TokenTable(model, capacity=4)  # forces clearing and growing the cache
    scores = table.score(docs)
    for i, doc in enumerate(docs):
        ids = doc_features(doc, model.bits)
        expected = model.weights[ids].sum(axis=0) / np.sqrt(max(len(ids), 1))
        np.testing.assert_allclose(scores.doc_sums[i], expected, rtol=1e-4, atol=1e-5)
    again = table.score(docs)
    np.testing.assert_allclose(again.doc_sums, scores.doc_sums, rtol=1e-6)


def test_model_round_trip():
    model = _random_model()
    loaded = LinearModel.from_bytes(model.to_bytes())
    assert loaded.bits == model.bits
    assert loaded.heads["h"].classes == ("a", "b", "c")
    np.testing.assert_allclose(loaded.heads["h"].bias, [0.1, 0.2, 0.3])
    np.testing.assert_allclose(loaded.weights, model.weights, atol=2e-3, rtol=1e-3)
