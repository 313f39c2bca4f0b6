# Golden generator for package mpfmt. Run on MicroPython 1.27 (see regen.sh); every line of
# output is one JSON case: the operation, the pattern, the arguments serialised exactly
# (floats by their bits, str and bytes content as hex, with the str() and repr() of every
# value), and what MicroPython returned or raised.
import json, struct, random, math
from ubinascii import hexlify


def hx(b):
    if isinstance(b, str):
        b = b.encode()
    return hexlify(b).decode()


class Obj:
    def __str__(self):
        return 'obj-str'

    def __repr__(self):
        return '<Obj>'


def enc(v):
    t = type(v).__name__
    d = {'t': t}
    if t == 'bool':
        d['k'] = 'bool'
        d['v'] = '1' if v else '0'
    elif t == 'int':
        d['k'] = 'int'
        d['v'] = str(v)
    elif t == 'float':
        d['k'] = 'float'
        d['v'] = hx(struct.pack('>d', v))
    elif t == 'str':
        d['k'] = 'str'
        d['v'] = hx(v)
    elif t == 'bytes':
        d['k'] = 'bytes'
        d['v'] = hx(v)
    elif t == 'tuple':
        d['k'] = 'tuple'
        d['v'] = [enc(x) for x in v]
    elif t == 'dict':
        d['k'] = 'dict'
        d['v'] = [[k, enc(x)] for k, x in v.items()]
    else:
        d['k'] = 'other'
    d['s'] = str(v)
    d['r'] = repr(v)
    return d


def run(op, pat, rhs, kw):
    if op == '%':
        return pat % rhs
    if op == 'fmt':
        return pat.format(*rhs, **kw)
    if op == 'repr':
        return repr(rhs)
    raise ValueError(op)


seen = set()


def case(op, pat, rhs=(), kw=None):
    kw = kw or {}
    key = repr((op, pat, enc(rhs), sorted([(k, repr(v)) for k, v in kw.items()])))
    if key in seen:
        return
    seen.add(key)
    out = {'op': op, 'pat': hx(pat), 'bytes': isinstance(pat, bytes), 'a': enc(rhs),
           'kw': [[k, enc(v)] for k, v in kw.items()]}
    try:
        r = run(op, pat, rhs, kw)
        out['ok'] = hx(r)
    except Exception as e:
        out['err'] = type(e).__name__
        out['msg'] = hx(str(e.args[0]) if e.args else '')
    print(json.dumps(out))


inf = float('inf')
nan = float('nan')
floats = [0.0, -0.0, 0.1, 0.2, 0.3, 1 / 3, 2 / 3, 2.5, 1.005, 1e16, 1e15, 9999999999999998.0,
          123456789.0, 1e20, 1e22, 1e23, 1e-5, 1e-4, 0.0001234, 5e-324, 2.2250738585072014e-308,
          1.7976931348623157e308, inf, -inf, nan, 0.5, 1.5, 3.5, -2.5, 100.0, 1e100, 1e300,
          1.2345678901234567, math.sqrt(2), math.pi, math.e, 1e-7, 123.456, 99.99, 0.05, 0.15,
          0.25, 0.35, 0.45, 1234.5, 12345.678, -0.001, 2.0 ** 60, 2.0 ** 53 + 2, 1e-300,
          6.02214076e23, 1.6e-19, 9.5, 0.95, 0.995, 999999.5, 1e6, 1e7, 65536.0, 0.1 + 0.2]
fspecs = ['%e', '%f', '%g', '%E', '%F', '%G', '%.0f', '%.1f', '%.2f', '%.3e', '%.10g', '%.17g',
          '%.20f', '%.0e', '%.0g', '%#g', '%10.3f', '%-10.3f', '%+.2e', '% g', '%010.2f',
          '%.99g', '%.30f', '%.25e', '%.40g', '%s', '%r', '%d', '%+08.3f', '%.16g']
for x in floats:
    case('repr', '', x)
    for s in fspecs:
        case('%', s, x)
fmt_fspecs = ['{}', '{:.3g}', '{:08.3f}', '{:+.2e}', '{:^12.4}', '{:=+10.2f}', '{:,.2f}',
              '{:010,.1f}', '{:%}', '{:.1%}', '{:n}', '{:.3}', '{:10}', '{:<10g}', '{:*^15.3e}',
              '{:_}', '{:.0}', '{:f}', '{:e}', '{:G}', '{:d}', '{!r}', '{:x}', '{:.2f}']
for x in floats:
    for s in fmt_fspecs:
        case('fmt', s, (x,))

random.seed(20261123)
for i in range(260):
    hi = random.getrandbits(32)
    lo = random.getrandbits(32)
    if i % 3 == 0:
        # magnitudes near 1: exponent field 1000..1046
        hi = (hi & 0x800fffff) | ((1000 + (hi >> 20) % 47) << 20)
    x = struct.unpack('>d', struct.pack('>II', hi, lo))[0]
    if x != x or x in (inf, -inf):
        continue
    case('repr', '', x)
    for s in ['%g', '%.3f', '%e', '%.15g', '%.12e']:
        case('%', s, x)
    case('fmt', '{:.5}', (x,))

ints = [0, 1, -1, 7, 42, -42, 255, -255, 65535, 2 ** 31 - 1, -2 ** 31, 2 ** 31, 2 ** 32, 2 ** 63,
        -2 ** 63 - 1, 2 ** 64 + 123, 10 ** 30, -10 ** 30, 2 ** 100, True, False, 1234567,
        -1234567, 2 ** 53 + 1, 3 ** 40, -(2 ** 70)]
ispecs = ['%d', '%i', '%u', '%5d', '%-5d', '%05d', '%+d', '% d', '%x', '%X', '%#x', '%#X', '%o',
          '%#o', '%.5d', '%8.5d', '%-8.5d', '%+.3d', '%#10x', '%-#10x', '%0#10x', '%s', '%r',
          '%e', '%f', '%g', '%-05d', '%+05d', '%#.4x', '% 010d']
for x in ints:
    for s in ispecs:
        case('%', s, x)
for x in [0, 65, 97, 8364, 255, -1, 0x41 + 256, True]:
    case('%', '%c', x)
    case('%', '%3c', x)
    case('fmt', '{:c}', (x,))
    case('fmt', '{:>3c}', (x,))
fmt_ispecs = ['{}', '{:d}', '{:x}', '{:#x}', '{:X}', '{:#X}', '{:o}', '{:#o}', '{:b}', '{:#b}',
              '{:n}', '{:,}', '{:_}', '{:_x}', '{:_b}', '{:,d}', '{:08}', '{:+d}', '{: d}',
              '{:^10}', '{:=+8}', '{:<8}', '{:*>12,}', '{:010,}', '{:012_x}', '{:#012x}', '{:f}',
              '{:.2e}', '{:%}', '{:+08d}', '{:^+9}', '{:g}', '{!r}', '{!s:>5}', '{:s}', '{:,x}',
              '{:#_o}', '{:09_}', '{:.3d}', '{:-d}', '{:+,}', '{:#^12b}']
for x in ints:
    for s in fmt_ispecs:
        case('fmt', s, (x,))

strs = ['', 'a', 'abc', 'hello world', 'a\nb', "it's", 'caf\u00e9', '\u20ac5', 'x' * 20]
sspecs = ['%s', '%r', '%5s', '%-5s', '%.2s', '%5.1s', '%-8r', '%.0s', '%c', '%d', '%x', '%f', '%05s']
for x in strs:
    for s in sspecs:
        case('%', s, x)
fmt_sspecs = ['{}', '{!r}', '{!s}', '{:>10}', '{:.3}', '{:^9}', '{:*<7}', '{!r:>10}', '{:10.2}',
              '{:s}', '{:d}', '{:=5}', '{:+}', '{:+s}', '{:^}', '{:0}', '{:05}', '{:>+5}',
              '{:#}', '{:,}', '{:x>3}', '{:.0}']
for x in strs:
    for s in fmt_sspecs:
        case('fmt', s, (x,))

others = [None, [1, 2], (1, 'a'), {'k': 1}, Obj(), b'ab', b'', b'\x00\xff']
for x in others:
    for s in ['%s', '%r', '%5s', '%d', '%c', '%f', '%.3s']:
        case('%', s, (x,))
    for s in ['{}', '{!r}', '{!s:>10}', '{:>10}', '{:s}', '{:d}', '{:10}', '{:.1}', '{:=}']:
        case('fmt', s, (x,))

multi = [
    ('%', '%s-%d-%.2f', ('a', 3, 2.5)),
    ('%', '%(a)s %(b)d', {'a': 'x', 'b': 7}),
    ('%', '%(a)s %(a)r', {'a': 'x'}),
    ('%', '%(a)s %s', {'a': 'x'}),
    ('%', '%s', {'a': 1}),
    ('%', '%s %s', {'a': 1}),
    ('%', 'no args', {'a': 1}),
    ('%', 'no args', ()),
    ('%', 'no args', 5),
    ('%', '100%%', ()),
    ('%', '%d%%', 5),
    ('%', '%*d', (5, 3)),
    ('%', '%-*d|', (5, 3)),
    ('%', '%*d', (-5, 3)),
    ('%', '%.*f', (2, 3.14159)),
    ('%', '%*.*f', (9, 2, 3.14159)),
    ('%', '%*d', ('x', 3)),
    ('%', '%*d', (5,)),
    ('%', '%.*f', (2,)),
    ('%', '%s %s', (1,)),
    ('%', '%s', (1, 2)),
    ('%', '%s', ((1, 2),)),
    ('%', '%s', ()),
    ('%', '%', 1),
    ('%', 'abc%', ()),
    ('%', '%5', 1),
    ('%', '%.', 1),
    ('%', '%z', 1),
    ('%', 'ab%yc', 1),
    ('%', '%b', 5),
    ('%', '%(a', {'a': 1}),
    ('%', '%(a)d', 5),
    ('%', '%(b)s', {'a': 1}),
    ('%', '%()s', {'': 'empty'}),
    ('%', '%(a)-5s|', {'a': 'x'}),
    ('%', '%(a)*d', {'a': 1}),
    ('%', '%c', 'ab'),
    ('%', '%c', 2 ** 40),
    ('%', '%c', 1.5),
    ('%', '%d', 1.9),
    ('%', '%d', -1.9),
    ('%', '%d', 1e30),
    ('%', '%d', inf),
    ('%', '%d', nan),
    ('%', '%x', 1.5),
    ('%', '%o', 8.0),
    ('%', '%i', '1'),
    ('%', '%f', 'x'),
    ('%', '%f', None),
    ('%', '%e', 2 ** 100),
    ('%', '%d %s %r', (1, 'two', 'three')),
    ('%', '%3$s', 1),
    ('%', '%ld', 5),
    ('%', '%5.3s|%-6.2f|%+x', ('abcdef', 3.14159, 255)),
    ('%', '%s', -0.0),
    ('%', '%.1f %.1f %.1f %.1f', (0.05, 0.15, 0.25, 0.35)),
    ('%', '%.2f %.2f %.2f', (2.675, 1.115, 0.125)),
    ('%', '%.0f %.0f %.0f %.0f', (0.5, 1.5, 2.5, 3.5)),
    ('%', '%#o %#x %#X', (0, 0, 0)),
    ('%', '%08.3e', -1.5),
    ('%', '%-08.3e|', -1.5),
    ('%', '% 08.2f', 3.14159),
    ('%', '%+08.2f', inf),
    ('%', '%08.2f', nan),
    ('%', '%-+8.2G|', -inf),
    ('%', '%.3F', inf),
    ('%', '%s and %s', ('\u00e9', b'\xe9')),
    ('%', '%10r|', b'x'),
    (b'%', b'%s', b'x'),
    (b'%', b'%s', 'x'),
    (b'%', b'%r', b'x'),
    (b'%', b'%r', 'x'),
    (b'%', b'%d-%x', (5, 255)),
    (b'%', b'%s /%s HTTP/1.0', ('GET', '/path')),
    (b'%', b'%5s|%-5s|', (b'ab', 'cd')),
    (b'%', b'%c', 65),
    (b'%', b'%c', 'x'),
    (b'%', b'%c', b'x'),
    (b'%', b'%(a)s', {'a': b'v'}),
    (b'%', b'%.1s', b'xyz'),
    (b'%', b'%s', [b'x']),
    (b'%', b'%z', 1),
    (b'%', b'%f', 1.5),
    ('fmt', '{} {}', (1, 2)),
    ('fmt', '{0} {1} {0}', ('a', 'b')),
    ('fmt', '{1}{0}', ('a', 'b')),
    ('fmt', '{0}{}', (1, 2)),
    ('fmt', '{}{0}', (1, 2)),
    ('fmt', '{5}', (1,)),
    ('fmt', '{}', ()),
    ('fmt', '{} {} {}', (1, 2)),
    ('fmt', '{', ()),
    ('fmt', '}', ()),
    ('fmt', 'a}b', ()),
    ('fmt', '{{}}', ()),
    ('fmt', '{{{}}}', (5,)),
    ('fmt', '{}}}', (5,)),
    ('fmt', '{!x}', (1,)),
    ('fmt', '{!', (1,)),
    ('fmt', '{!r', (1,)),
    ('fmt', '{!a}', (1,)),
    ('fmt', '{!rr}', (1,)),
    ('fmt', '{0!r:}', ('x',)),
    ('fmt', '{:}', (True,)),
    ('fmt', '{:d}', (True,)),
    ('fmt', '{', (1,)),
    ('fmt', '{:', (1,)),
    ('fmt', '{:>', (1,)),
    ('fmt', '{0', (1,)),
    ('fmt', '{0[0]}', ((1, 2),)),
    ('fmt', '{0.real}', (1,)),
    ('fmt', '{:q}', (1,)),
    ('fmt', '{:abc}', (1,)),
    ('fmt', '{:10.3q}', (1.5,)),
    ('fmt', '{:{}}', ('x', 5)),
    ('fmt', '{:{}.{}f}', (3.14159, 10, 2)),
    ('fmt', '{0:{1}}', ('x', 5)),
    ('fmt', '{:>{w}}', ('x',)),
    ('fmt', '{:{}}{}', ('x', 5, 'y')),
    ('fmt', '{:{:{}}}', ('x', 5, 6)),
    ('fmt', '{:{}{}}', (3, '>', 4)),
    ('fmt', '{}'.format('{:10,.3f}'), (1234567.891,)),
    ('fmt', '{0:08.3f}|{0:+d}', (3.5,)),
    ('fmt', '{:08.3f}|{:+d}|{:^10}|{:=+8}', (3.14159, 5, 'mid', 42)),
    ('fmt', '{0:0=8}', (-42,)),
    ('fmt', '{:0<8}', (-42,)),
    ('fmt', '{:0^9}', (-42,)),
    ('fmt', '{:x<8d}', (-42,)),
    ('fmt', '{:=8}', (-4.5,)),
    ('fmt', '{:08}', (-4.5,)),
    ('fmt', '{:08}', (inf,)),
    ('fmt', '{:010,}', (1234,)),
    ('fmt', '{:08,}', (1234,)),
    ('fmt', '{:04,}', (123,)),
    ('fmt', '{:05_}', (123,)),
    ('fmt', '{:09_x}', (0xabcdef,)),
    ('fmt', '{:010_b}', (5,)),
    ('fmt', '{:020,.2f}', (1234567.891,)),
    ('fmt', '{:<010,}', (1234,)),
    ('fmt', '{:^011,}', (1234,)),
    ('fmt', '{:,}', (-1234567,)),
    ('fmt', '{:_}', (10 ** 20,)),
    ('fmt', '{:,o}', (8 ** 9,)),
    ('fmt', '{:#,x}', (2 ** 40,)),
    ('fmt', '{:c}', (2 ** 40,)),
    ('fmt', '{:c}', ('x',)),
    ('fmt', '{:c}', (1.5,)),
    ('fmt', '{:b}', (1.5,)),
    ('fmt', '{:s}', (1.5,)),
    ('fmt', '{:.2s}', (1.5,)),
    ('fmt', '{a} {b:>4}', (), {'a': 1, 'b': 'x'}),
    ('fmt', '{a}', ()),
    ('fmt', '{a.b}', (), {'a': 1}),
    ('fmt', '{a[0]}', (), {'a': 1}),
    ('fmt', '{x!r:^9}', (), {'x': 'q'}),
    ('fmt', '{0} {x}', (1,), {'x': 2}),
    ('fmt', '{} {x} {}', (1, 3), {'x': 2}),
    ('fmt', '{:{w}.{p}f}', (3.14159,), {'w': 10, 'p': 3}),
    ('fmt', '{:>{w}}', ('ab',), {'w': 6}),
    ('fmt', '{:{f}^9}', ('ab',), {'f': '*'}),
    ('fmt', '{:{t}}', (255,), {'t': '#x'}),
    ('fmt', '{0:.{0}}', (2,)),
    ('fmt', '{}: {}', ('key', b'val')),
    ('fmt', '{:d}', ('x',)),
    ('fmt', '{:>10}', (None,)),
    ('fmt', '{:^8}', ([1],)),
    (b'fmt', b'{}: {}', ('a', 1)),
    (b'fmt', b'{}', (b'x',)),
    (b'fmt', b'{:>5}', (b'x',)),
    (b'fmt', b'{:>5}', ('x',)),
    (b'fmt', b'{!r}', ('x',)),
    (b'fmt', b'{:05.1f}', (2.25,)),
    (b'fmt', b'{', ()),
    ('fmt', '{:.0%}', (0.125,)),
    ('fmt', '{:.2%}', (1,)),
    ('fmt', '{:%}', (True,)),
    ('fmt', '{:e}', (0,)),
    ('fmt', '{:.3}', (123456,)),
    ('fmt', '{:.3}', (1e-10,)),
    ('fmt', '{:10.1}', (0.0,)),
    ('fmt', '{:10.1g}', (0.0,)),
    ('fmt', '{:.100f}', (0.1,)),
    ('fmt', '{:.50e}', (1 / 3,)),
    ('fmt', '{:.29f}', (1e-20,)),
    ('fmt', '{:.31f}', (1e-20,)),
    ('fmt', '{:f}', (1e15,)),
    ('fmt', '{:f}', (1e25,)),
    ('fmt', '{:.10f}', (1e20,)),
    ('fmt', '{:.2f}', (1e28,)),
    ('fmt', '{:f}', (10 ** 30,)),
    ('fmt', '{:g}', (10 ** 30,)),
    ('fmt', '{:g}', (2 ** 1000,)),
    ('fmt', '{:.3e}', (-(10 ** 25) - 7,)),
]
for m in multi:
    op, pat, rhs = m[0], m[1], m[2]
    kw = m[3] if len(m) > 3 else None
    if isinstance(op, bytes):
        op = op.decode()
    if op == 'fmt' and not isinstance(rhs, tuple):
        rhs = (rhs,)
    case(op, pat, rhs, kw)

# Random precisions and verbs over floats of every magnitude, and random ints and specs.
random.seed(7)
verbs = 'eEfFgG'
for i in range(400):
    hi = random.getrandbits(32)
    lo = random.getrandbits(32)
    hi = (hi & 0x800fffff) | ((900 + (hi >> 20) % 250) << 20)
    x = struct.unpack('>d', struct.pack('>II', hi, lo))[0]
    p = random.getrandbits(5)
    v = verbs[random.getrandbits(3) % 6]
    case('%', '%.' + str(p) + v, x)
    w = random.getrandbits(4)
    case('fmt', '{:' + '<>^='[i % 4] + str(w) + '.' + str(p % 20) + v + '}', (x,))
for i in range(200):
    n = random.getrandbits(30) - (1 << 29)
    if i % 4 == 0:
        n = n * random.getrandbits(30) * random.getrandbits(30)
    spec = ['', '+', ' ', '-'][i % 4] + ['', '#'][random.getrandbits(1)] + \
        ['', '0'][random.getrandbits(1)] + str(random.getrandbits(4)) + \
        ['', ',', '_'][i % 3] + 'bdoxXn'[random.getrandbits(3) % 6]
    case('fmt', '{:' + spec + '}', (n,))
    pspec = '%' + ['', '+', ' ', '-', '0', '#'][i % 6] + str(random.getrandbits(4)) + \
        ['', '.' + str(random.getrandbits(3))][i % 2] + 'dixXo'[random.getrandbits(3) % 5]
    case('%', pspec, n)
