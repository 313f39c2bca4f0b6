package vfs

import (
	"fmt"
	"runtime"
	"testing"
)

// updateJournal builds the journal of a typical update on an ESP32 flash: 40 files of
// 5 KiB (200 KiB) downloaded to /new in 256-byte writes, then each old file removed and
// the new one renamed into place, a log line per step, 1,000 operations in all.
func updateJournal(tb testing.TB) *Flash {
	tb.Helper()
	base, err := New(Config{Size: 512 * 4096})
	if err != nil {
		tb.Fatal(err)
	}
	content := func(i, v int) []byte {
		b := make([]byte, 5120)
		for j := range b {
			b[j] = byte(i*31 + j*7 + v)
		}
		return b
	}
	if err := base.Mkdir("/app", 0); err != nil {
		tb.Fatal(err)
	}
	for i := 0; i < 40; i++ {
		writeFile(tb, base, fmt.Sprintf("/app/f%02d.py", i), content(i, 1))
	}
	f := base.Snapshot()
	must := func(err error) {
		if err != nil {
			tb.Fatal(err)
		}
	}
	must(f.Mkdir("/new", 0))
	for i := 0; i < 40; i++ {
		h, err := f.OpenMode(fmt.Sprintf("/new/f%02d.py", i), "wb")
		must(err)
		data := content(i, 2)
		for off := 0; off < len(data); off += 256 {
			_, err := h.Write(data[off : off+256])
			must(err)
		}
		must(h.Close())
	}
	for i := 0; i < 40; i++ {
		must(f.Remove(fmt.Sprintf("/app/f%02d.py", i)))
		must(f.Rename(fmt.Sprintf("/new/f%02d.py", i), fmt.Sprintf("/app/f%02d.py", i)))
	}
	must(f.Remove("/new"))
	log, err := f.OpenMode("/update.log", "a")
	must(err)
	for f.Ops() < 999 {
		_, err := log.WriteString("step\n")
		must(err)
	}
	must(log.Close())
	if f.Ops() != 1000 {
		tb.Fatalf("journal has %d operations", f.Ops())
	}
	return f
}

func TestUpdateJournalImages(t *testing.T) {
	f := updateJournal(t)
	assert := func(k int, p string, wantSize int64) {
		t.Helper()
		im, err := f.ImageAt(k)
		if err != nil {
			t.Fatal(err)
		}
		fi, err := im.Stat(p)
		if err != nil {
			t.Fatalf("image %d: %v", k, err)
		}
		if fi.Size() != wantSize {
			t.Fatalf("image %d: %s has %d bytes, want %d", k, p, fi.Size(), wantSize)
		}
	}
	assert(-1, "/app/f00.py", 5120)
	assert(999, "/app/f39.py", 5120)
	checkSpace(t, f)
	// Writes (and littlefs's flushes) leave the tree as it was: only commits make new
	// images, and SameFiles finds the runs of equal ones.
	distinct, commits := 1, 0
	for k, op := range f.Journal() {
		if !f.SameFiles(k-1, k) {
			distinct++
		}
		if op.Commit {
			commits++
		}
		if op.Kind == KindWrite && !f.SameFiles(k-1, k) {
			t.Fatalf("write %d changed the littlefs image", k)
		}
	}
	if distinct != commits+1 {
		t.Fatalf("%d distinct images for %d commits", distinct, commits)
	}
	if f.SameFiles(-1, 999) || f.SameFiles(0, 1000) {
		t.Fatal("SameFiles: different or missing images reported equal")
	}
}

func BenchmarkOps(b *testing.B) {
	f, err := New(Config{Size: 512 * 4096})
	if err != nil {
		b.Fatal(err)
	}
	data := make([]byte, 512)
	ops := 0
	i := 0
	for b.Loop() {
		p := fmt.Sprintf("/f%d", i%64)
		h, err := f.OpenMode(p, "wb")
		if err != nil {
			b.Fatal(err)
		}
		if _, err := h.Write(data); err != nil {
			b.Fatal(err)
		}
		if err := h.Close(); err != nil {
			b.Fatal(err)
		}
		if err := f.Rename(p, p+".bak"); err != nil {
			b.Fatal(err)
		}
		ops += 4
		i++
		if f.Ops() > 100000 {
			f = f.Snapshot()
		}
	}
	b.ReportMetric(float64(ops)/b.Elapsed().Seconds(), "flash-ops/s")
}

func BenchmarkImageAtEveryOp(b *testing.B) {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	f := updateJournal(b)
	runtime.GC()
	runtime.ReadMemStats(&after)
	journalKiB := float64(after.HeapAlloc-before.HeapAlloc) / 1024
	b.ReportAllocs()
	for b.Loop() {
		for k := 0; k < f.Ops(); k++ {
			if _, err := f.ImageAt(k); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(journalKiB, "journal-KiB")
}

// BenchmarkImageAtEveryOpAndRead also reads every file of every image, as a sweep's
// verdict does.
func BenchmarkImageAtEveryOpAndRead(b *testing.B) {
	f := updateJournal(b)
	b.ReportAllocs()
	for b.Loop() {
		for k := 0; k < f.Ops(); k++ {
			im, err := f.ImageAt(k)
			if err != nil {
				b.Fatal(err)
			}
			_ = im.Tree()
		}
	}
}

func BenchmarkBuildUpdateJournal(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		updateJournal(b)
	}
}

// BenchmarkImageAtEveryOpDigests judges every image by its files' digests, which images
// share.
func BenchmarkImageAtEveryOpDigests(b *testing.B) {
	f := updateJournal(b)
	b.ReportAllocs()
	for b.Loop() {
		for k := 0; k < f.Ops(); k++ {
			im, err := f.ImageAt(k)
			if err != nil {
				b.Fatal(err)
			}
			_ = im.Digests()
		}
	}
}
