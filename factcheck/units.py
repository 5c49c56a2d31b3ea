"""The one pint registry factcheck uses, with counts of people and currencies as units.

Building a registry costs about 0.2 s, so it is built once, on first use.
"""

from __future__ import annotations

from functools import cache

# Extra unit definitions, in pint's definition syntax.
DEFINITIONS = (
    "person = [headcount] = people = persons",
    "USD = [currency] = dollar = dollars = usd",
    # Exchange rates are not fixed: other currencies are their own dimensions, never converted.
    "EUR = [currency_eur] = euro = euros",
    "GBP = [currency_gbp] = pound_sterling",
    "JPY = [currency_jpy] = yen",
    "INR = [currency_inr] = rupee = rupees",
    "ILS = [currency_ils] = shekel = shekels",
    "CNY = [currency_cny] = yuan = renminbi",
    "EGP = [currency_egp] = egyptian_pound",
    "LBP = [currency_lbp] = lebanese_pound",
    "SYP = [currency_syp] = syrian_pound",
    "SDG = [currency_sdg] = sudanese_pound",
    "UAH = [currency_uah] = hryvnia = hryvnias",
    "RUB = [currency_rub] = ruble = rubles = rouble = roubles",
    "TRY = [currency_try] = turkish_lira",
    "NGN = [currency_ngn] = naira",
    "ZAR = [currency_zar] = rand",
    "BRL = [currency_brl] = real = reais",
    "BDT = [currency_bdt] = taka",
    "PLN = [currency_pln] = zloty = zlotys",
    "AWG = [currency_awg] = florin = florins",
    "CHF = [currency_chf] = swiss_franc",
    "IDR = [currency_idr] = rupiah",
    "KRW = [currency_krw]",
    "CAD = [currency_cad]",
    "AUD = [currency_aud]",
    "HKD = [currency_hkd]",
    "NZD = [currency_nzd]",
    "SGD = [currency_sgd]",
    "GHS = [currency_ghs]",
    "ETB = [currency_etb]",
    "SLE = [currency_sle]",
    "GTQ = [currency_gtq]",
    "HNL = [currency_hnl]",
    "VES = [currency_ves]",
    "PYG = [currency_pyg]",
    "KZT = [currency_kzt]",
    "GEL = [currency_gel]",
    "HUF = [currency_huf]",
    "BGN = [currency_bgn]",
    "THB = [currency_thb]",
    "MYR = [currency_myr]",
    "VND = [currency_vnd]",
    "KHR = [currency_khr]",
    "MMK = [currency_mmk]",
    "AFN = [currency_afn]",
    "MGA = [currency_mga]",
    "BWP = [currency_bwp]",
    "HTG = [currency_htg]",
    "MKD = [currency_mkd]",
    "GMD = [currency_gmd]",
    "MRU = [currency_mru]",
    "ERN = [currency_ern]",
    "PKR = [currency_pkr]",
    "LKR = [currency_lkr]",
    "NPR = [currency_npr]",
    "TWD = [currency_twd]",
    "JMD = [currency_jmd]",
    "NAD = [currency_nad]",
    "XCD = [currency_xcd]",
    "TTD = [currency_ttd]",
    "BZD = [currency_bzd]",
    "FJD = [currency_fjd]",
    "ZWL = [currency_zwl]",
    "TOP = [currency_top]",
    "SBD = [currency_sbd]",
    "WST = [currency_wst]",
    # Names that several currencies share: the name is the unit.
    "dinar = [currency_dinar] = dinars",
    "dirham = [currency_dirham] = dirhams",
    "riyal = [currency_riyal] = riyals = rial = rials",
    "crown = [currency_crown] = crowns = krone = kroner = kronor = koruna = korun = korunas = krona",
    "franc = [currency_franc] = francs",
    "peso = [currency_peso] = pesos",
    "shilling = [currency_shilling] = shillings",
    "lira = [currency_lira] = liras = lire",
    "escudo = [currency_escudo] = escudos",
    "kwacha = [currency_kwacha]",
    "manat = [currency_manat] = manats",
    "leu = [currency_leu] = lei",
    # A hundredth of a currency the text does not name ("rose 9 cents").
    "cent = [currency_cent] = cents",
    # A concentration in billionths (pint knows "ppm" but not "ppb").
    "ppb = 1e-9 = parts_per_billion",
)


@cache
def registry():
    """The shared :class:`pint.UnitRegistry`."""
    import pint

    ureg = pint.UnitRegistry(on_redefinition="ignore", autoconvert_offset_to_baseunit=True)
    for line in DEFINITIONS:
        ureg.define(line)
    return ureg


def canonical(unit: str | None) -> str | None:
    """pint's own name for ``unit`` (``km`` -> ``kilometer``), or None when pint does not know it."""
    if not unit:
        return None
    import pint

    try:
        return str(registry().parse_units(unit))
    except (pint.errors.UndefinedUnitError, pint.errors.DefinitionSyntaxError, AttributeError, TypeError, ValueError, AssertionError):
        return None


def convert(value: float, unit: str, to: str) -> float | None:
    """``value`` in ``unit`` expressed in ``to``; None when the two do not convert."""
    import pint

    try:
        return float(registry().Quantity(value, unit).to(to).magnitude)
    except (pint.errors.DimensionalityError, pint.errors.UndefinedUnitError, AttributeError, TypeError, ValueError, AssertionError):
        return None


def compatible(a: str | None, b: str | None) -> bool:
    """True when figures in units ``a`` and ``b`` measure the same kind of thing."""
    if a == b:
        return True
    if not a or not b:
        return False
    return convert(1.0, a, b) is not None
