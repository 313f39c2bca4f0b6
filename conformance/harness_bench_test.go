package conformance

import "testing"

// BenchmarkHarnessTrivial is the fuzz harness's own cost per input (write the input, run a
// three-line program that calls an imported function).
func BenchmarkHarnessTrivial(b *testing.B) {
	h := harness(b, "bench-trivial", "def check(d):\n    run(len, d)\n")
	for i := 0; i < b.N; i++ {
		if err := h.check(b, []byte("abc")); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkHarnessManifest is one in-RAM parse of a genuine manifest.json by pylib on the
// emulator: what bounds FuzzManifest's rate.
func BenchmarkHarnessManifest(b *testing.B) {
	r, err := seedRelease()
	if err != nil {
		b.Fatal(err)
	}
	h := harness(b, "bench-manifest", "from ota import jsonstream\nfrom ota.src_manifest import Source\nclass _S:\n    pass\n_s = _S()\n_s.base = 'https://x/'\n_s.cfg = {'max_files': 1000}\ndef check(d):\n    run(Source._parse, _s, None, d)\n")
	for i := 0; i < b.N; i++ {
		if err := h.check(b, r.Manifest); err != nil {
			b.Fatal(err)
		}
	}
}
