class UpdateError(Exception):
    pass
class ChecksumError(UpdateError):
    def __init__(self, expected, got):
        super().__init__("checksum mismatch", expected, got)
        self.expected = expected
        self.got = got
try:
    raise ChecksumError("aa", "bb")
except UpdateError as e:
    print(type(e).__name__, e.args, e.expected, e.got)
    print(str(e))
    print(repr(e))
try:
    raise UpdateError("no network")
except Exception as e:
    print(e, repr(e), isinstance(e, UpdateError), isinstance(e, ChecksumError))
print(issubclass(ChecksumError, Exception), issubclass(UpdateError, BaseException))
