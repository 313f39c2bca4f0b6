# Compact float golden for package mpfmt, run on MicroPython 1.27 (see regen.sh): one line
# per seeded random double: its bits in hex, then repr and several % conversions, separated
# by spaces (none of these texts contain a space).
import struct, random

random.seed(1127)
specs = ['%.17g', '%e', '%.2f', '%g', '%.10g', '%.0e', '%.20e', '%.15f', '%G', '%.1g']
print(' '.join(['bits', 'repr'] + specs))
n = 0
while n < 3000:
    hi = random.getrandbits(32)
    lo = random.getrandbits(32)
    mode = n % 4
    if mode == 1:
        # near 1: decimal exponents -15..+15
        hi = (hi & 0x800fffff) | ((973 + (hi >> 20) % 100) << 20)
    elif mode == 2:
        # short decimals: k / 10^d, the texts people type
        x = (random.getrandbits(24) - (1 << 23)) / (10 ** (random.getrandbits(3)))
        hi, lo = struct.unpack('>II', struct.pack('>d', x))
    elif mode == 3:
        # subnormals and huge values
        if hi & 1:
            hi = hi & 0x800fffff
        else:
            hi = (hi & 0x800fffff) | ((2000 + (hi >> 20) % 46) << 20)
    x = struct.unpack('>d', struct.pack('>II', hi, lo))[0]
    if x != x or x in (float('inf'), float('-inf')):
        continue
    out = ['%08x%08x' % (hi, lo), repr(x)]
    for s in specs:
        out.append(s % x)
    print(' '.join(out))
    n += 1
