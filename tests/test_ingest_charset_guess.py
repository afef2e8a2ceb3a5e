"""Pages saved without a charset in a Central European, Turkish or Baltic code page: read in the encoding
whose letters spell one language, and the guess reported."""

from __future__ import annotations

import pytest

from briefing.index.ingest import load_path
from briefing.index.ingest.decode import guess_encoding
from briefing.index.ingest.latin import latin_encoding

POLISH = ["Rząd przyjął w środę projekt ustawy o podwyżce płacy minimalnej od stycznia.",
          "Związki zawodowe uważają, że to za mało, a pracodawcy ostrzegają przed zwolnieniami.",
          "\u201eNie możemy dłużej czekać\u201d \u2013 powiedziała minister pracy Agnieszka Żółkiewska."]
CZECH = ["Vláda ve středu schválila návrh zákona o zvýšení minimální mzdy.",
         "Odbory tvrdí, že je to málo, a zaměstnavatelé varují před propouštěním.",
         "\u201eNemůžeme déle čekat,\u201c řekla ministryně práce Jiřina Čermáková."]
HUNGARIAN = ["A kormány szerdán elfogadta a minimálbér emeléséről szóló törvényjavaslatot.",
             "A szakszervezetek szerint ez kevés, a munkaadók elbocsátásokra figyelmeztetnek.",
             "\u201eNem várhatunk tovább\u201d \u2013 mondta Kovács Erzsébet munkaügyi miniszter."]
TURKISH = ["Maliye bakanı perşembe günü bütçenin gözden geçirileceğini söyledi.",
           "Hükümet bunu cuma günü görüşecek ve değişiklikleri açıklayacak."]
_MENU = "".join(f'<li class="menu-item"><a href="/dzial/{i}">Dzial {i}</a></li>' for i in range(60))


def _page(paras: list[str], menu: bool = False) -> str:
    return ("<html><head><title>" + paras[0][:40] + "</title></head><body>" + (f"<nav><ul>{_MENU}</ul></nav>" if menu else "")
            + "<article>" + "".join(f"<p>{p}</p>" for p in paras) + "</article></body></html>")


def _iso(paras: list[str]) -> list[str]:
    """ISO-8859-2 has no curly quotation marks or dashes: the sentences as a page in it writes them."""
    table = str.maketrans({"\u201e": '"', "\u201d": '"', "\u201c": '"', "\u2013": "-"})
    return [p.translate(table) for p in paras]


@pytest.mark.parametrize("encoding", ["windows-1250", "iso-8859-2"])
@pytest.mark.parametrize("paras", [POLISH, CZECH, HUNGARIAN], ids=["polish", "czech", "hungarian"])
@pytest.mark.parametrize("size", [1, 3])
@pytest.mark.parametrize("menu", [False, True], ids=["bare", "menu"])
def test_an_undeclared_central_european_page_is_read_in_its_code_page(encoding, paras, size, menu):
    """One sentence or three, alone or after a long ASCII menu: a statistical detector takes these for
    ISO-8859-13, HP Roman-8 or windows-1252 ('Rz¹d', 'zvý¹ení'); the letters' alphabet does not."""
    paras = paras[:size] if encoding == "windows-1250" else _iso(paras[:size])
    data = _page(paras, menu).encode(encoding)
    assert data.decode(guess_encoding(data)) == data.decode(encoding)


def test_a_polish_page_without_a_charset_is_stored_in_its_own_letters_and_the_guess_reported(tmp_path):
    for encoding, paras in (("windows-1250", POLISH), ("iso-8859-2", _iso(CZECH))):
        path = tmp_path / f"{encoding}.html"
        path.write_bytes(_page(paras, menu=True).encode(encoding))
        (a,) = load_path(path)
        assert a.charset_guess == encoding and a.body.split("\n\n") == paras


def test_western_turkish_baltic_and_other_scripts_keep_their_encodings():
    french = ["Le ministre a déclaré jeudi que le budget serait révisé.",
              "\u00ab C\u2019est une étape \u00bb, a-t-il ajouté. Die Regierung prüft das Gesetz über Straßenbau."]
    lithuanian = ["Ministras ketvirtadienį pareiškė, kad biudžetas bus peržiūrėtas ir aptartas penktadienį."]
    russian = ["Министр финансов заявил в четверг, что бюджет будет пересмотрен в пятницу."]
    for encoding, paras in (("windows-1252", french), ("windows-1254", TURKISH), ("windows-1257", lithuanian),
                            ("windows-1251", russian * 3)):
        data = _page(paras).encode(encoding)
        assert data.decode(guess_encoding(data)) == data.decode(encoding), encoding
    # a page whose few accented letters read the same in every Latin code page: the Western default
    assert latin_encoding(_page(["Café owners in Zürich said the naïve plan would fail."]).encode("cp1252")) == "windows-1252"
    assert latin_encoding(_page(russian).encode("cp1251")) is None  # not Latin letters: for the detector
    assert latin_encoding(b"<p>Plain ASCII text with no accents at all.</p>") is None
