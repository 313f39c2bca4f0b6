package vfs

import (
	"math/bits"
	"sort"
	"sync"
	"weak"
)

// geometry is the fixed layout of a flash: block counts, how file bytes map onto blocks, and
// (FAT) where the reserved areas are. Shared by every image of a flash.
type geometry struct {
	model   Model
	bs      int64
	nblocks int64 // blocks of the partition
	units   int64 // allocation units: littlefs blocks, FAT data clusters
	nameMax int

	// littlefs
	ctzEnd    []int64 // ctzEnd[i]: bytes held by CTZ blocks 0..i
	inlineMax int64

	// digests memoises the SHA-256 of file contents, which images share (content values are
	// immutable once an image holds them). Weak keys do not keep contents alive.
	digestMu sync.Mutex
	digests  map[weak.Pointer[content]][32]byte

	// FAT
	fatStart  int64 // first FAT block
	rootStart int64 // first root directory block
	dataStart int64 // block of data cluster 0
}

func newGeometry(c Config) *geometry {
	g := &geometry{model: c.Model, bs: c.BlockSize, nblocks: c.Size / c.BlockSize, nameMax: c.NameMax}
	if c.Model == LittleFS {
		g.units = g.nblocks
		// A CTZ skip-list block i>0 starts with ctz(i)+1 pointers of 4 bytes.
		g.ctzEnd = make([]int64, g.nblocks)
		var sum int64
		for i := range g.ctzEnd {
			capa := g.bs
			if i > 0 {
				capa -= 4 * int64(bits.TrailingZeros64(uint64(i))+1)
			}
			sum += capa
			g.ctzEnd[i] = sum
		}
		// littlefs inlines a file while it fits min(cache_size, block_size/8, attr_max).
		g.inlineMax = min(lfsCacheSize, g.bs/8, 1022)
		return g
	}
	// f_mkfs with one FAT, FAT12 below 4085 clusters (1.5 bytes per entry), FAT16 above,
	// and a 512-entry root directory; one sector per cluster.
	rootBlocks := (fatRootEntries*32 + g.bs - 1) / g.bs
	fatBlocks := int64(1)
	for {
		data := g.nblocks - 1 - fatBlocks - rootBlocks
		entryBytes := (data + 2) * 3 / 2
		if data+2 > 4085 {
			entryBytes = (data + 2) * 2
		}
		need := (entryBytes + g.bs - 1) / g.bs
		if need <= fatBlocks {
			break
		}
		fatBlocks = need
	}
	g.fatStart = 1
	g.rootStart = 1 + fatBlocks
	g.dataStart = g.rootStart + rootBlocks
	g.units = g.nblocks - g.dataStart
	return g
}

// capacity of chunk i and its first byte.
func (g *geometry) chunkStart(i int) int64 {
	if g.model == FAT {
		return int64(i) * g.bs
	}
	if i == 0 {
		return 0
	}
	return g.ctzEnd[i-1]
}

func (g *geometry) chunkCap(i int) int64 {
	return g.chunkStart(i+1) - g.chunkStart(i)
}

// locate returns the chunk holding byte pos.
func (g *geometry) locate(pos int64) int {
	if g.model == FAT {
		return int(pos / g.bs)
	}
	return sort.Search(len(g.ctzEnd), func(i int) bool { return g.ctzEnd[i] > pos })
}

// nchunks is how many chunks a non-inline file of size bytes needs.
func (g *geometry) nchunks(size int64) int {
	if size == 0 {
		return 0
	}
	return g.locate(size-1) + 1
}

// maxFileSize is the largest size whose chunks can be indexed.
func (g *geometry) maxFileSize() int64 {
	if g.model == FAT {
		return g.units * g.bs
	}
	return g.ctzEnd[len(g.ctzEnd)-1]
}

// physical block of allocation unit u.
func (g *geometry) physical(u int32) int64 {
	if g.model == FAT {
		return g.dataStart + int64(u)
	}
	return int64(u)
}

// littlefs metadata accounting: each directory is a chain of metadata pairs (2 blocks).
// Tags are 4 bytes. A file costs its name tag, a struct tag (inline data, or an 8-byte CTZ
// reference) and MicroPython's mtime attribute (8 bytes) once committed with one; a
// directory costs its name tag and an 8-byte pair reference. A pair adds its revision count,
// CRC and tail tags; the root pair also holds the superblock. littlefs splits a pair when its
// compacted log exceeds half a block (lfs_dir_splittingcompact) or 255 entries.
const (
	lfsPairOverhead  = 24
	lfsSuperblockTag = 40
	lfsMaxPairIDs    = 254
)

func (g *geometry) lfsEntryBytes(k *node) int64 {
	b := 4 + int64(len(k.name)) + 4 + 4 // create, name, struct tags
	switch {
	case k.dir:
		b += 8
	case k.data.inline:
		b += k.data.size
	default:
		b += 8
	}
	if !k.dir && k.mtime != 0 {
		b += 4 + 8
	}
	return b
}

func (g *geometry) lfsMetaBytes(d *node) int64 {
	b := int64(lfsPairOverhead)
	if d.name == "" {
		b += lfsSuperblockTag
	}
	for _, k := range d.kids {
		b += g.lfsEntryBytes(k)
	}
	return b
}

// lfsPairs is how many metadata pairs directory d occupies.
func (g *geometry) lfsPairs(d *node) int {
	half := g.bs / 2
	p := (g.lfsMetaBytes(d) + half - 1) / half
	p = max(p, int64((len(d.kids)+lfsMaxPairIDs-1)/lfsMaxPairIDs), 1)
	return int(p)
}

// fatDirClusters is how many clusters subdirectory d needs for its slots.
func (g *geometry) fatDirClusters(d *node) int {
	per := g.bs / 32
	return int(max(1, (fatSlotEnd(d)+per-1)/per))
}

// fatRootBlock is the root directory block holding slot s.
func (g *geometry) fatRootBlock(s int32) int64 {
	return g.rootStart + int64(s)*32/g.bs
}
