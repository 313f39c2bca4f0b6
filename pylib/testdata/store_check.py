# pylib core on real MicroPython (tools/mpref, the wasm build) and on ota-emu: the same output.
# Expected output: store_check.exp, written by
#   node tools/mpref/run.mjs --lib DIR_WITH_ota pylib/testdata/store_check.py
import os, hashlib, binascii, json
import ota
from ota import store, util, config
from ota.http import quote, split_url
from ota.src_manifest import check_expiry

def h(b):
    return binascii.hexlify(hashlib.sha256(b).digest()).decode()

os.mkdir('/app')
with open('/app/a.py', 'w') as f: f.write('A1')
with open('/app/version', 'w') as f: f.write('1.0\n')
with open('/app/old.py', 'w') as f: f.write('OLD')
cfg = config.load({'root': '/app', 'state': '/app/.ota', 'url': 'http://x/'})
s = store.Store(cfg)
print(s.state(), s.version())
files = [store.File('a.py', 2, sha256=h(b'A2')), store.File('lib/b.py', 2, sha256=h(b'B2')), store.File('version', 4, sha256=h(b'2.0\n'))]
rel = store.Release('2.0', files, ['old.py'])
st = s.prepare(rel)
print([ (f.path, f.need) for f in st.files])
s.begin_stage()
for f, data in zip(st.files, [b'A2', b'B2', b'2.0\n']):
    w = st.writer(f); w.write(data); w.close()
s.commit(st)
print(s.state())
s.apply()
print(s.state(), s.version(), open('/app/a.py').read(), open('/app/lib/b.py').read(), util.exists('/app/old.py'))
s2 = store.Store(cfg)
print('reread', s2.state(), s2.rec['seq'], s2.start_trial(), s2.start_trial())
s2.rollback()
print(s2.state(), s2.version(), open('/app/a.py').read(), util.exists('/app/lib/b.py'), open('/app/old.py').read(), s2.rejected())
print(sorted(os.listdir('/app/.ota')))
# integrity
rel = store.Release('3.0', [store.File('a.py', 2, sha256=h(b'A3'))])
st = s2.prepare(rel); s2.begin_stage()
w = st.writer(st.files[0]); w.write(b'AX')
try:
    w.close()
except ota.Integrity as e:
    print('Integrity', e)
print(util.vcmp('1.10', '1.9'), util.vcmp('v2', '1.9.9'), util.vcmp('a', 'b'))
print(util.check_path('../x'), util.check_path('a/b.py'), util.check_path('a\x00'), util.check_path('/a'))
m = util.HMAC(b'key'); m.update(b'The quick brown fox jumps over the lazy dog'); print(m.hexdigest())
print(quote('data/my file.txt'), quote('é'), split_url('https://h:8443/p/q'))
print(util.same('abc', 'abc'), util.same('abc', 'abd'), util.same(b'ab', b'ab'))
