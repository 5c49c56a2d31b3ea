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
