# ntptime for ota-emu, written for the emulator: behaves as the micropython-lib ntptime that
# MicroPython 1.27 bundles. One NTP query over UDP to `host` (port 123) with `timeout`
# seconds; time() returns seconds since the board's epoch (2000 or 1970, from gmtime(0)),
# settime() sets the RTC in UTC. NTP seconds before 2024 are taken as after the 2036 wrap.
from time import gmtime
import socket
import struct

host = "pool.ntp.org"
timeout = 1


def time():
    query = bytearray(48)
    query[0] = 0x1B  # leap 0, version 3, mode 3 (client)
    addr = socket.getaddrinfo(host, 123)[0][-1]
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        s.settimeout(timeout)
        s.sendto(query, addr)
        reply = s.recv(48)
    finally:
        s.close()
    secs = struct.unpack("!I", reply[40:44])[0]
    if secs < 3913056000:  # 2024-01-01 in NTP seconds: anything earlier wrapped in 2036
        secs += 0x100000000
    epoch_year = gmtime(0)[0]
    if epoch_year == 2000:
        return secs - 3155673600
    if epoch_year == 1970:
        return secs - 2208988800
    raise Exception("Unsupported epoch: {}".format(epoch_year))


def settime():
    t = time()
    import machine

    tm = gmtime(t)
    machine.RTC().datetime((tm[0], tm[1], tm[2], tm[6] + 1, tm[3], tm[4], tm[5], 0))
