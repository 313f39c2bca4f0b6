package report

import (
	"io"
	"testing"
)

func BenchmarkWriteHTML1000(b *testing.B) {
	r := synth(40, 22)
	b.ReportAllocs()
	for b.Loop() {
		if err := WriteHTML(io.Discard, r); err != nil {
			b.Fatal(err)
		}
	}
}
