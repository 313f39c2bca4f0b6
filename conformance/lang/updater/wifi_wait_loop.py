class WLAN:
    def __init__(self, ready_after):
        self.n = ready_after
        self.polls = 0
    def isconnected(self):
        self.polls += 1
        return self.polls >= self.n
    def ifconfig(self):
        return ("192.168.4.2", "255.255.255.0", "192.168.4.1", "8.8.8.8")
w = WLAN(5)
tries = 0
while not w.isconnected():
    tries += 1
    if tries > 10:
        raise OSError("timeout")
print("connected after", tries, "tries")
ip, mask, gw, dns = w.ifconfig()
print("ip", ip, "gw", gw)
print(".".join(str(int(x) + 1) if i == 3 else x for i, x in enumerate(ip.split("."))))
