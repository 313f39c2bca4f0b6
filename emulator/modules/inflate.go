package modules

import "hash/crc32"

// inflater is a streaming DEFLATE (RFC 1951) decoder that behaves as the uzlib library inside
// MicroPython's deflate and uzlib modules does, where device code can tell the difference:
//   - input is pulled one byte at a time, only as far as the decoder needs it, so the stream
//     underneath is never read past the end of the compressed data and its trailer;
//   - back-references reach only into a ring window of 2^wbits bytes: a distance beyond it is
//     an error (uzlib's DICT_ERROR), a distance into the not yet written part reads zeros;
//   - output is produced until the caller's buffer is full, so the end of the stream (and the
//     trailer checksum) is only seen by the read that asks for more;
//   - a literal/length code that does not decode is output as the byte 0xfd (uzlib emits its
//     error code as a literal) and decoding goes on;
//   - zlib streams end with an Adler-32, gzip streams with a CRC-32 and a length that is
//     skipped, not checked.
//
// Errors are uzlib's codes (infData, infChecksum, infDict); a failure of the source (a Python
// exception from the stream, EOFError at its end) unwinds through panic(sourceError) and is
// returned by fill.
type inflater struct {
	// input: a fixed buffer (uzlib.decompress) and/or a byte callback (stream mode)
	src    []byte
	srcPos int
	read   func() byte // panics with sourceError; nil in buffer mode
	eof    bool        // the buffer ran out (sticky; stream mode raises instead)

	tag   uint32
	nbits int

	btype  int // -1: at a block header
	bfinal bool
	curlen int // bytes left of the current match or stored block
	lzOff  int // read position of the current match (ring index, or distance back in hist)

	lit, dist huffman

	ring []byte // the window (nil: the whole output is history, uzlib.decompress)
	ridx int
	hist []byte // all output when ring is nil

	check    int // checkNone, checkAdler, checkCRC
	checksum uint32

	out  []byte // the destination of the current fill
	nout int
}

const (
	infOK       = 0
	infDone     = 1
	infData     = -3
	infChecksum = -4
	infDict     = -5
)

const (
	checkNone = iota
	checkAdler
	checkCRC
)

// sourceError carries the source's failure (a Python exception) out of the decoder.
type sourceError struct{ err error }

// huffman is a canonical Huffman code: how many codes of each length, and the symbols in
// code order.
type huffman struct {
	count  [16]uint16
	symbol [288]uint16
}

// build makes the code from code lengths (0: unused symbol). It does not reject over- or
// under-subscribed codes: decoding such a code fails when it meets a bad code, as uzlib does.
func (h *huffman) build(lengths []uint8) {
	h.count = [16]uint16{}
	for _, l := range lengths {
		h.count[l]++
	}
	h.count[0] = 0
	var offs [16]int
	sum := 0
	for i := 0; i < 16; i++ {
		offs[i] = sum
		sum += int(h.count[i])
	}
	for sym, l := range lengths {
		if l != 0 {
			h.symbol[offs[l]] = uint16(sym)
			offs[l]++
		}
	}
}

// lengthBase/lengthExtra and distBase/distExtra are RFC 1951's tables (section 3.2.5).
var lengthBase, lengthExtra, distBase, distExtra [30]int

func init() {
	base := 3
	for i := 0; i < 28; i++ {
		extra := 0
		if i >= 8 {
			extra = i/4 - 1
		}
		lengthBase[i], lengthExtra[i] = base, extra
		base += 1 << extra
	}
	lengthBase[28] = 258
	base = 1
	for i := 0; i < 30; i++ {
		extra := 0
		if i >= 4 {
			extra = i/2 - 1
		}
		distBase[i], distExtra[i] = base, extra
		base += 1 << extra
	}
}

// codeLengthOrder is the order in which code length code lengths are stored.
var codeLengthOrder = [19]int{16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15}

// newInflater starts decoding with a window of windowLen bytes (0: keep all output).
func newInflater(windowLen int) *inflater {
	f := &inflater{btype: -1}
	if windowLen > 0 {
		f.ring = make([]byte, windowLen)
	}
	return f
}

// getByte is uzlib_get_byte: the next input byte; at the end of a buffer without a callback it
// returns 0 and remembers the end.
func (f *inflater) getByte() byte {
	if f.srcPos < len(f.src) {
		b := f.src[f.srcPos]
		f.srcPos++
		return b
	}
	if f.read != nil && !f.eof {
		return f.read()
	}
	f.eof = true
	return 0
}

func (f *inflater) bit() int {
	if f.nbits == 0 {
		f.tag = uint32(f.getByte())
		f.nbits = 8
	}
	b := int(f.tag & 1)
	f.tag >>= 1
	f.nbits--
	return b
}

// bits reads n bits, least significant first, and adds base.
func (f *inflater) bits(n, base int) int {
	v := 0
	for i := 0; i < n; i++ {
		v |= f.bit() << i
	}
	return v + base
}

// decode reads one symbol of code h, a bit at a time: a code longer than 15 bits is an error
// once its 16th bit is read. Codes that are over-subscribed decode to whatever the symbol table
// holds (left over from earlier blocks), as uzlib's do.
func (f *inflater) decode(h *huffman) int {
	sum, cur := 0, 0
	for l := 1; ; l++ {
		cur = 2*cur + f.bit()
		if l == 16 {
			return infData
		}
		sum += int(h.count[l])
		cur -= int(h.count[l])
		if cur < 0 {
			break
		}
	}
	i := sum + cur
	if i < 0 || i >= len(h.symbol) {
		return infData
	}
	return int(h.symbol[i])
}

func (f *inflater) fixedTrees() {
	var l [288]uint8
	for i := range l {
		switch {
		case i < 144:
			l[i] = 8
		case i < 256:
			l[i] = 9
		case i < 280:
			l[i] = 7
		default:
			l[i] = 8
		}
	}
	f.lit.build(l[:])
	var d [32]uint8
	for i := range d {
		d[i] = 5
	}
	f.dist.build(d[:])
}

func (f *inflater) dynamicTrees() int {
	var lengths [288 + 32]uint8
	hlit := f.bits(5, 257)
	hdist := f.bits(5, 1)
	hclen := f.bits(4, 4)
	for i := 0; i < hclen; i++ {
		lengths[codeLengthOrder[i]] = uint8(f.bits(3, 0))
	}
	f.lit.build(lengths[:19])
	limit := hlit + hdist
	clear(lengths[:19])
	for n := 0; n < limit; {
		sym := f.decode(&f.lit)
		if sym < 0 {
			return sym
		}
		var fill uint8
		var rep int
		switch sym {
		case 16:
			if n == 0 {
				return infData
			}
			fill = lengths[n-1]
			rep = f.bits(2, 3)
		case 17:
			rep = f.bits(3, 3)
		case 18:
			rep = f.bits(7, 11)
		default:
			if sym > 18 {
				return infData // a left-over symbol: uzlib would write outside its tables
			}
			lengths[n] = uint8(sym)
			n++
			continue
		}
		if n+rep > limit {
			return infData
		}
		for ; rep > 0; rep-- {
			lengths[n] = fill
			n++
		}
	}
	f.lit.build(lengths[:hlit])
	f.dist.build(lengths[hlit:limit])
	return infOK
}

// put emits one output byte into the destination and the window.
func (f *inflater) put(c byte) {
	f.out[f.nout] = c
	f.nout++
	if f.ring != nil {
		f.ring[f.ridx] = c
		f.ridx++
		if f.ridx == len(f.ring) {
			f.ridx = 0
		}
	} else {
		f.hist = append(f.hist, c)
	}
}

// blockStep produces one byte of a Huffman-coded block (or ends the block).
func (f *inflater) blockStep() int {
	if f.curlen == 0 {
		sym := f.decode(&f.lit)
		if f.eof {
			return infData
		}
		if sym < 256 {
			// a literal; uzlib does not check this decode, so a bad code (-3) is emitted as
			// the byte 0xfd and decoding goes on
			f.put(byte(sym))
			return infOK
		}
		if sym == 256 {
			return infDone
		}
		sym -= 257
		if sym >= 29 {
			return infData
		}
		f.curlen = f.bits(lengthExtra[sym], lengthBase[sym])
		d := f.decode(&f.dist)
		if d < 0 || d >= 30 {
			return infData // (a bad distance code makes uzlib read outside its table)
		}
		offs := f.bits(distExtra[d], distBase[d])
		if f.ring != nil {
			if offs > len(f.ring) {
				return infDict
			}
			f.lzOff = f.ridx - offs
			if f.lzOff < 0 {
				f.lzOff += len(f.ring)
			}
		} else {
			if offs > len(f.hist) {
				return infData
			}
			f.lzOff = offs
		}
	}
	if f.ring != nil {
		c := f.ring[f.lzOff]
		f.lzOff++
		if f.lzOff == len(f.ring) {
			f.lzOff = 0
		}
		f.put(c)
	} else {
		f.put(f.hist[len(f.hist)-f.lzOff])
	}
	f.curlen--
	return infOK
}

// storedStep produces one byte of a stored block (or ends it).
func (f *inflater) storedStep() int {
	if f.curlen == 0 {
		n := int(f.getByte())
		n |= int(f.getByte()) << 8
		inv := int(f.getByte())
		inv |= int(f.getByte()) << 8
		if n != ^inv&0xffff {
			return infData
		}
		f.curlen = n + 1
		f.nbits = 0
	}
	f.curlen--
	if f.curlen == 0 {
		return infDone
	}
	f.put(f.getByte())
	return infOK
}

func (f *inflater) startBlock() int {
	f.bfinal = f.bit() == 1
	f.btype = f.bits(2, 0)
	switch f.btype {
	case 1:
		f.fixedTrees()
	case 2:
		return f.dynamicTrees()
	}
	return infOK
}

// uncompress is uzlib_uncompress: fill out until it is full or the stream ends.
func (f *inflater) uncompress() int {
	for {
		if f.btype == -1 {
			if r := f.startBlock(); r != infOK {
				return r
			}
		}
		var r int
		for {
			switch f.btype {
			case 0:
				r = f.storedStep()
			case 1, 2:
				r = f.blockStep()
			default:
				return infData
			}
			if r == infDone && !f.bfinal {
				if r = f.startBlock(); r != infOK {
					return r
				}
				continue
			}
			break
		}
		if r != infOK {
			return r
		}
		if f.nout >= len(f.out) {
			return infOK
		}
	}
}

// fill decodes into out as uzlib_uncompress_chksum does: it returns how many bytes were
// produced and a status (infOK: out is full, infDone: the stream and its trailer ended,
// negative: corrupt data), or the source's error.
func (f *inflater) fill(out []byte) (n, status int, err error) {
	defer func() {
		if r := recover(); r != nil {
			se, ok := r.(sourceError)
			if !ok {
				panic(r)
			}
			n, status, err = f.nout, infData, se.err
		}
		f.out = nil
	}()
	f.out, f.nout = out, 0
	if len(out) == 0 {
		return 0, infOK, nil
	}
	status = f.uncompress()
	if status < 0 {
		return f.nout, status, nil
	}
	data := out[:f.nout]
	switch f.check {
	case checkAdler:
		f.checksum = adler32Update(f.checksum, data)
	case checkCRC:
		f.checksum = crc32.Update(f.checksum, crc32.IEEETable, data)
	}
	if status == infDone {
		switch f.check {
		case checkAdler:
			if f.be32() != f.checksum {
				return f.nout, infChecksum, nil
			}
		case checkCRC:
			if f.le32() != f.checksum {
				return f.nout, infChecksum, nil
			}
			f.le32() // the uncompressed length, not checked
		}
	}
	return f.nout, status, nil
}

// adler32Update continues an Adler-32 checksum.
func adler32Update(sum uint32, p []byte) uint32 {
	const mod = 65521
	a, b := sum&0xffff, sum>>16
	for len(p) > 0 {
		n := min(len(p), 5552)
		for _, c := range p[:n] {
			a += uint32(c)
			b += a
		}
		a %= mod
		b %= mod
		p = p[n:]
	}
	return b<<16 | a
}

func (f *inflater) be32() uint32 {
	var v uint32
	for i := 0; i < 4; i++ {
		v = v<<8 | uint32(f.getByte())
	}
	return v
}

func (f *inflater) le32() uint32 {
	var v uint32
	for i := 0; i < 4; i++ {
		v |= uint32(f.getByte()) << (8 * i)
	}
	return v
}

// Stream headers (RFC 1950 zlib, RFC 1952 gzip) as uzlib parses them. Each returns the window
// bits the header announces (gzip: 15) or infData, and sets the trailer checksum.

const (
	headerZlib = iota
	headerGzip
)

// parseHeader is uzlib_parse_zlib_gzip_header (MicroPython 1.21+): gzip if the magic matches,
// otherwise zlib.
func (f *inflater) parseHeader() (kind, wbits int, ok bool) {
	cmf, flg := f.getByte(), f.getByte()
	if cmf == 0x1f && flg == 0x8b {
		return headerGzip, 15, f.gzipRest()
	}
	w, ok := f.zlibRest(cmf, flg)
	return headerZlib, w, ok
}

// parseZlib is uzlib_zlib_parse_header (MicroPython 1.20): the window bits less 8.
func (f *inflater) parseZlib() (int, bool) {
	cmf, flg := f.getByte(), f.getByte()
	w, ok := f.zlibRest(cmf, flg)
	return w - 8, ok
}

// parseGzip is uzlib_gzip_parse_header (MicroPython 1.20).
func (f *inflater) parseGzip() bool {
	if f.getByte() != 0x1f || f.getByte() != 0x8b {
		return false
	}
	return f.gzipRest()
}

func (f *inflater) zlibRest(cmf, flg byte) (int, bool) {
	if (256*int(cmf)+int(flg))%31 != 0 || cmf&0x0f != 8 || cmf>>4 > 7 || flg&0x20 != 0 {
		return 0, false
	}
	f.check, f.checksum = checkAdler, 1
	return int(cmf>>4) + 8, true
}

func (f *inflater) gzipRest() bool {
	const (
		fhcrc    = 2
		fextra   = 4
		fname    = 8
		fcomment = 16
	)
	if f.getByte() != 8 {
		return false
	}
	flg := f.getByte()
	if flg&0xe0 != 0 {
		return false
	}
	for i := 0; i < 6; i++ {
		f.getByte()
	}
	if flg&fextra != 0 {
		n := int(f.getByte())
		n |= int(f.getByte()) << 8
		for ; n > 0; n-- {
			f.getByte()
		}
	}
	if flg&fname != 0 {
		for f.getByte() != 0 && !f.eof {
		}
	}
	if flg&fcomment != 0 {
		for f.getByte() != 0 && !f.eof {
		}
	}
	if flg&fhcrc != 0 {
		f.getByte()
		f.getByte()
	}
	f.check, f.checksum = checkCRC, 0
	return true
}
