import json
from collections import OrderedDict
def _kw(**kw):
    return kw
class U:
    def __init__(self, i, h):
        self.i = i
        self.h = h
    def __hash__(self):
        return self.h
    def __eq__(self, o):
        return isinstance(o, U) and o.i == self.i
    def __repr__(self):
        return 'U(%d)' % self.i
print('# hash_values')
print([hash(x) for x in ['uyv1YYfrfy', 'dir', 'label', 'tZvhko', '\xdf', 'B6f2p3c', 'main', 'ssid', 'latest', '_', 'fbh5A9qh', 'html_url', 'B7rm40i', 'published_at', 'bzm', 'iy_8i', 'o4447mez_C5y', 'Bt9ag9', 'node_id', 'wqvfka7_q', 'body', 'tsZ6tpYvXd9v', 'assets', 'mr158', 'sha', 'url', 'file', 'q0o', 'prerelease', 'lib', 'lsAkrupn9q', 'tag_name', 'ssid', 'tab\there', 'body', 'node_id', 'lib/ota.py', 'd', 'i', '_o']])
print([hash(x) for x in [18446744073709551617, -1073741824, 40, 57, 75, 73, 80, 45, 3265, 57, 8, -1073741824, 7, -736, 39, 44, 86, -5, 80, -486, 86, -3, 71, 11, -15, 57, 46, 31, 45, 12, 36, 71, 47, 1099511627776, 12, -15, 41, 84, 17, -6]])
print([hash(x) for x in [3000000000.0, 25.5, 3000000000.0, 0.0, 41.25, -13.25, 37.25, -3.25, 47.25, 9.0, 3000000000.0, 66.75, -6.0, -8.75, 2.25, 6.25, 79.5, 1073741824.5, 26.5, 71.0, 24.25, -6.5, 42.0, 11.75, 14.0, 56.75, -18.0, 41.5, 8.5, 11.5, -3000000000.0, -2.75, 72.75, -6.0, 39.75, 22.0, 77.75, 34.25, -11.25, -20.0]])
print([hash(x) for x in [((99, 3169), 'Bb4w8'), ((-65536, 5), 'tree'), (70,), (), ((568, 23), 'u3YdlfYov0B'), (), (88, 98, 14), (3, 51, -464), (), (17,), (2512,), (-1, 'd'), ((81, -9), 'mode'), ((1099511627776, 29), 's'), (), (2147483647, 'firmware'), (3114,), (-11,), (1088, 1111, 15), ((51, 45), 'u9nbfdY8'), (), (81,), (), (), (48, 'download_url'), (), (50,), (43, 'qX3hs4Bgrs'), (9, 'b'), (92, -1073741824, 62), (97,), ('tree', 'timeout'), ((3999, 11), 'm_'), (84,), (23, 'timeout'), ((-18, 99), 'content'), ((98, 83), 'j8ehyw'), (), (99, 'ik'), ('o', 'sha256')]])
print([hash(x) for x in [b'ab', b'version', True, b'', b'version', b'ab', b'ab', 1.0, False, 'ab', True, b'ab', b'', b'version', b'ab', b'', 1.0, None, 1.0, None, b'ab', None, b'ab', b'', False, False, True, 1.0, 'ab', b'version', 'ab', b'version', 1, b'ab', b'', b'ab', b'', 'ab', 1.0, 'ab']])
print([hash(x) for x in [0, 1377, 26.0, 80, (), (2, 0, 90), 'ab', ('C4vhv', '5gul'), b'ab', 'd7fu5j', 64.25, 0.0, 93, 98, 'caf\xe9', (), 19, 92, 45, -1180591620717411303429, ('sa', 'boot.py'), 'dB5lx', 'uy_a', 'main', 'Bg1ognB', -7.25, 'state', 'sAwCxuY3', 'timeout', 'version', 'firmware', 'version', 64.25, 'c', -8, 59, 76, b'ab', 34, ('blob', 'size')]])
print([hash(x) for x in ['boot.py', 'main.py', 'lib/ota.py', '', ' ', '\xe9', 'caf\xe9', '\u20acuro', 'na\xefve', '\U0001f600', '\xdf', "it's", 'say "hi"', 'back\\slash', 'tab\there', 'new\nline', 'Version', 'VERSION', 'v1.2.3', 1073741823, 1073741824, -1073741824, -1073741825, 2147483647, 2147483648, 4294967295, 4294967303, 1099511627776, -1099511627773, 18446744073709551617, -1180591620717411303429, 65535, 65536, -1, 0, -65536, 'dndk', 'hm', b'dndk']])
