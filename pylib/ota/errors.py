# Exception classes of the ota package (see pylib/DESIGN.md "Errors").


class OTAError(Exception):
    """Base class of every error the updater raises."""


class Refused(OTAError):
    """The release was refused: bad signature, bad path, not newer, expired, too large."""


class Integrity(OTAError):
    """A downloaded file does not have the size or hash its release lists."""


class NoSpace(OTAError):
    """The space check failed: nothing was written."""


class NetError(OTAError):
    """A network failure: HTTP status, timeout, deadline, redirects, truncated body."""


class TLSError(NetError):
    """The server's certificate was not accepted (CA verification or pin)."""


class StateError(OTAError):
    """The updater state does not allow this call (e.g. confirm with nothing on trial)."""
