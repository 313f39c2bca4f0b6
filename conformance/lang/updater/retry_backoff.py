class FakeNet:
    def __init__(self, failures):
        self.failures = failures
        self.calls = 0
    def get(self, url):
        self.calls += 1
        if self.calls <= self.failures:
            raise OSError(110 if self.calls % 2 else 104)
        return b"payload from " + url.encode()
def fetch(net, url, retries=4, base=1):
    delay = base
    slept = 0
    for attempt in range(1, retries + 1):
        try:
            return net.get(url), attempt, slept
        except OSError as e:
            print("attempt %d failed: errno %d, retry in %ds" % (attempt, e.errno, delay))
            slept += delay
            delay = min(delay * 2, 8)
    raise OSError(5)
print(fetch(FakeNet(2), "/latest"))
try:
    fetch(FakeNet(10), "/latest")
except OSError as e:
    print("gave up", e)
