class OTAError(Exception):
    pass


class NetError(OTAError):
    def __init__(self, status, reason):
        super().__init__(status, reason)
        self.status = status
