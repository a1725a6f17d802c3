"""claimlint.langid scores py3langid's model as py3langid does, without importing numpy at start-up."""

import math

import pytest

from claimlint import langid

SAMPLES = [
    ("en", "Alibaba said it would spend more than 380 billion yuan on cloud and AI infrastructure."),
    ("fr", "Alibaba a annoncé un plan d'investissement de plus de 380 milliards de yuans sur trois ans."),
    ("it", "Alibaba ha annunciato un piano di investimenti di oltre 380 miliardi di yuan in tre anni."),
    ("nl", "Alibaba kondigde aan meer dan 380 miljard yuan te investeren in cloud en AI."),
    ("nl", "Aandeel stijgt na aankondiging"),
    ("fr", "Ce qu'il faut retenir"),
]


@pytest.fixture(scope="module")
def reference():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    ident.set_languages(["en", "fr", "it", "nl"])
    return ident


@pytest.fixture(scope="module")
def ours(tmp_path_factory):
    """Built once into an empty cache, then loaded again from the mapped copy."""
    cache = tmp_path_factory.mktemp("cache")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("CLAIMLINT_CACHE_DIR", str(cache))
        langid.identifier.cache_clear()
        langid.identifier(("en", "fr", "it", "nl"))
        assert any(cache.glob("langid-*.bin"))
        langid.identifier.cache_clear()
        mapped = langid.identifier(("en", "fr", "it", "nl"))
    langid.identifier.cache_clear()
    return mapped


@pytest.mark.parametrize("lang,text", SAMPLES)
def test_same_ranking_and_probabilities_as_py3langid(ours, reference, lang, text):
    mine = ours.rank(text)
    theirs = reference.rank(text)
    assert mine[0][0] == theirs[0][0] == lang
    for (l1, p1), (l2, p2) in zip(mine, theirs):
        assert l1 == l2 and math.isclose(p1, p2, abs_tol=1e-3)
