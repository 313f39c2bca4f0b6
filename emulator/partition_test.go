package emulator

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func otaParts(t testing.TB) *Partitions {
	t.Helper()
	p, err := NewPartitions(Boards["ESP32_GENERIC-OTA"], nil)
	require.NoError(t, err)
	return p
}

func TestPartitionTablesAsMicroPythonBoards(t *testing.T) {
	// ports/esp32/partitions-4MiB-ota.csv and partitions-4MiBplus.csv (v1.27.0), plus the "vfs"
	// partition main.c registers up to the end of the 4 MiB flash (MICROPYTHON.md: 240 and
	// 512 blocks)
	ota := PartitionTable(Boards["ESP32_GENERIC-OTA"])
	require.Len(t, ota, 6)
	assert.Equal(t, Partition{Label: "otadata", Type: 1, Subtype: 0, Addr: 0xd000, Size: 0x2000}, ota[1])
	assert.Equal(t, Partition{Label: "ota_1", Type: 0, Subtype: 0x11, Addr: 0x190000, Size: 0x180000}, ota[4])
	assert.Equal(t, uint32(240*4096), ota[5].Size)
	gen := PartitionTable(Boards["ESP32_GENERIC"])
	assert.Equal(t, "factory", gen[2].Label)
	assert.Equal(t, uint32(512*4096), gen[3].Size)
	assert.True(t, gen[3].FS)
}

func TestMakeAppImageVerifies(t *testing.T) {
	p := otaParts(t)
	for _, size := range []int{300, 4096, 100_000, 1 << 20} {
		img := MakeAppImage("2.0.1-beta", size)
		assert.LessOrEqual(t, len(img), max(size, 352))
		require.NoError(t, p.Write(4, 0, img, nil))
		info, err := p.VerifyImage(4)
		require.NoError(t, err, "size %d", size)
		assert.Equal(t, AppImage{Len: len(img), Version: "2.0.1-beta", Project: "micropython"}, info)
		assert.Equal(t, "2.0.1-beta", p.AppVersion(4))
		require.NoError(t, p.Erase(4, 0, 0x180000, nil))
	}
	_, err := p.VerifyImage(4)
	assert.Equal(t, ErrESPImageInvalid, err, "an erased slot has no image")
}

func TestImageChecks(t *testing.T) {
	good := MakeAppImage("1.2.3", 8192)
	cases := map[string]func(b []byte){
		"checksum byte": func(b []byte) { b[len(b)-33] ^= 0x10 },
		"appended hash": func(b []byte) { b[len(b)-1] ^= 0x10 },
		"data byte":     func(b []byte) { b[1000] ^= 0x10 },
		"chip id":       func(b []byte) { b[12] = 5 },
		"segment count": func(b []byte) { b[1] = 17 },
		"unaligned len": func(b []byte) { b[28]++ },
		"mmu alignment": func(b []byte) { b[24] = 0x40 }, // DROM load 0x3F400040 vs data at +0x20
	}
	for name, corrupt := range cases {
		t.Run(name, func(t *testing.T) {
			p := otaParts(t)
			b := append([]byte(nil), good...)
			corrupt(b)
			require.NoError(t, p.Write(4, 0, b, nil))
			_, err := p.VerifyImage(4)
			assert.Error(t, err)
			assert.Equal(t, ErrESPOTAValidateFailed, p.SetBoot(4, nil))
		})
	}
	// without hash_appended (byte 23) a flipped data byte is still caught by the checksum,
	// and an image with both fixed is accepted
	p := otaParts(t)
	b := append([]byte(nil), good...)
	b[23] = 0
	require.NoError(t, p.Write(4, 0, b[:len(b)-32], nil))
	_, err := p.VerifyImage(4)
	assert.NoError(t, err)
}

func TestOTASelectCRC(t *testing.T) {
	// otatool.py: binascii.crc32(struct.pack('<I', seq), 0xFFFFFFFF)
	assert.Equal(t, uint32(0x4743989a), otaSelectCRC(1))
	assert.Equal(t, uint32(0x55f63774), otaSelectCRC(2))
	assert.Equal(t, uint32(0xed4a5011), otaSelectCRC(3))
}

func TestSequenceNumbersAlternate(t *testing.T) {
	// esp_rewrite_ota_data: the next seq that selects the slot ((seq-1) % 2), in the other
	// otadata sector each time
	p := otaParts(t)
	require.NoError(t, p.Write(4, 0, MakeAppImage("1.1.0", 8192), nil))
	p.PowerOn(PowerOnReset)
	for i, want := range []struct {
		slot int
		seq  uint32
		sec  int
	}{{4, 2, 1}, {3, 3, 0}, {4, 4, 1}, {4, 4, 0}} {
		require.NoError(t, p.SetBoot(want.slot, nil), "step %d", i)
		e, _, _ := p.OTAData()
		assert.Equal(t, want.seq, e[want.sec].Seq, "step %d", i)
		assert.Equal(t, uint32(OTAImgNew), e[want.sec].State)
		assert.Equal(t, want.slot, p.BootPartition())
	}
}

func TestNORWritesAndEraseAlignment(t *testing.T) {
	p := otaParts(t)
	require.NoError(t, p.Write(4, 10, []byte{0xF0}, nil))
	require.NoError(t, p.Write(4, 10, []byte{0x3C}, nil))
	b := make([]byte, 1)
	require.NoError(t, p.Read(4, 10, b))
	assert.Equal(t, byte(0x30), b[0], "a write without erase only clears bits")
	assert.Equal(t, ErrESPInvalidSize, p.Erase(4, 0, 100, nil))
	assert.Equal(t, ErrESPInvalidArg, p.Erase(4, 100, 4096, nil))
	assert.Equal(t, ErrESPInvalidSize, p.Write(4, 0x180000-2, []byte{1, 2, 3}, nil))
	assert.Equal(t, ErrESPNotAllowed, p.Write(5, 0, []byte{1}, nil), "vfs is the filesystem, not raw")
}

func TestSnapshotIsCopyOnWrite(t *testing.T) {
	p := otaParts(t)
	require.NoError(t, p.Write(3, 0x20000, []byte("before"), nil))
	s := p.Snapshot().(*Partitions)
	require.NoError(t, p.Erase(3, 0x20000, 4096, nil))
	require.NoError(t, p.Write(3, 0x20000, []byte("after!"), nil))
	s2 := s.Snapshot().(*Partitions)
	require.NoError(t, s.Write(3, 0x20006, []byte("X"), nil))
	read := func(q *Partitions) string {
		b := make([]byte, 7)
		require.NoError(t, q.Read(3, 0x20000, b))
		return string(b)
	}
	assert.Equal(t, "after!\xff", read(p))
	assert.Equal(t, "beforeX", read(s))
	assert.Equal(t, "before\xff", read(s2))
}

// TestOneMegabyteImageOps counts the raw operations of writing a 1 MiB image as updaters do
// (writeblocks(n, 4096-byte buf): erase the sector, then write it): 2 per sector, 512 in all.
func TestOneMegabyteImageOps(t *testing.T) {
	p := otaParts(t)
	img := MakeAppImage("1.1.0", 1<<20)
	ops := 0
	count := func(Partition, string, int) { ops++ }
	for off := 0; off < len(img); off += SectorSize {
		blk := make([]byte, SectorSize)
		for i := range blk {
			blk[i] = 0xFF
		}
		copy(blk, img[off:])
		require.NoError(t, p.Erase(4, uint32(off), SectorSize, count))
		require.NoError(t, p.Write(4, uint32(off), blk, count))
	}
	assert.Equal(t, 512, ops)
	require.NoError(t, p.SetBoot(4, count))
	assert.Equal(t, 514, ops, "set_boot: one erase and one write of an otadata sector")
}

func BenchmarkSnapshot(b *testing.B) {
	p := otaParts(b)
	img := MakeAppImage("1.1.0", 1<<20)
	require.NoError(b, p.Write(4, 0, img, nil))
	b.ReportAllocs()
	for b.Loop() {
		_ = p.Snapshot()
		require.NoError(b, p.Write(4, 0, []byte{0}, nil)) // the next op copies one sector
	}
}

func BenchmarkVerifyImage1MiB(b *testing.B) {
	p := otaParts(b)
	require.NoError(b, p.Write(4, 0, MakeAppImage("1.1.0", 1<<20), nil))
	b.SetBytes(1 << 20)
	for b.Loop() {
		if _, err := p.VerifyImage(4); err != nil {
			b.Fatal(err)
		}
	}
}

func TestVerifyCacheSeesEveryWrite(t *testing.T) {
	p := otaParts(t)
	require.NoError(t, p.Write(4, 0, MakeAppImage("1.1.0", 20000), nil))
	_, err := p.VerifyImage(4)
	require.NoError(t, err)
	s := p.Snapshot().(*Partitions)
	require.NoError(t, p.Write(4, 5000, []byte{0}, nil)) // clears bits in place on a board
	_, err = p.VerifyImage(4)
	assert.Error(t, err, "the write is seen")
	_, err = s.VerifyImage(4)
	assert.NoError(t, err, "the snapshot keeps the good image")
	require.NoError(t, s.Write(4, 6000, []byte{0}, nil))
	_, err = s.VerifyImage(4)
	assert.Error(t, err)
}

func BenchmarkVerifyImage1MiBUncached(b *testing.B) {
	p := otaParts(b)
	require.NoError(b, p.Write(4, 0, MakeAppImage("1.1.0", 1<<20), nil))
	b.SetBytes(1 << 20)
	for b.Loop() {
		if _, err := p.verifyImage(4); err != nil {
			b.Fatal(err)
		}
	}
}
