from .errors import NetError

USER_AGENT = "otapkg/1.0"


def request_line(method, host, path):
    return b"%s %s HTTP/1.0\r\nHost: %s\r\nUser-Agent: %s\r\n\r\n" % (method, path, host, USER_AGENT)


def check_status(line):
    parts = line.split(b" ", 2)
    status = int(parts[1])
    if status != 200:
        raise NetError(status, parts[2].decode() if len(parts) > 2 else "")
    return status
