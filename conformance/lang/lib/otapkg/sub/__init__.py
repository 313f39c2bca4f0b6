from ..version import parse as _parse

DEFAULT = _parse("0.0.1")
