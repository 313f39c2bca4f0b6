package faultspec

import (
	"strconv"
	"strings"

	"github.com/ota-emu/ota-emu/netsim"
)

// token is a piece of the spec and where it starts.
type token struct {
	text string
	pos  int
}

// whenItem is one @WHEN item: name is "%" for a percentage, else op, byte, boot, conn or t.
type whenItem struct {
	name   string
	pos    int // start of the item
	val    token
	until  *token // t=FROM..UNTIL
	inside int    // position of ":inside", or -1
}

// option is one :key=value.
type option struct {
	key, val token
}

// rawSpec is a spec split by the grammar, before the kind gives it a meaning.
type rawSpec struct {
	kind   token
	value  *token
	eqPos  int
	atPos  int
	when   []whenItem
	colPos int
	opts   []option
}

// The kinds that are not network faults.
const (
	kindPowerCut = "powercut"
	kindLowSpace = "lowspace"
	kindFlash    = "flash"
	kindHeap     = "heap"
)

var whenNames = []string{"op", "byte", "t", "boot", "conn"}

type parser struct {
	s string
	i int
}

func (p *parser) fail(pos int, expected, suggestion string) *SyntaxError {
	return &SyntaxError{Spec: p.s, Pos: pos, Expected: expected, Suggestion: suggestion}
}

func (p *parser) peek() byte {
	if p.i < len(p.s) {
		return p.s[p.i]
	}
	return 0
}

// word reads [A-Za-z0-9._-]*.
func (p *parser) word() token {
	start := p.i
	for p.i < len(p.s) {
		c := p.s[p.i]
		if !isLetter(c) && !isDigit(c) && c != '.' && c != '_' && c != '-' {
			break
		}
		p.i++
	}
	return token{p.s[start:p.i], start}
}

// value reads a quoted string or raw text up to one of the stop bytes.
func (p *parser) value(stops string, what string) (token, *SyntaxError) {
	start := p.i
	if p.peek() == '"' {
		q, err := strconv.QuotedPrefix(p.s[p.i:])
		if err != nil {
			return token{}, p.fail(p.i, "a closing \" (values are Go double-quoted strings)", "")
		}
		v, err := strconv.Unquote(q)
		if err != nil {
			return token{}, p.fail(p.i, "a valid quoted string", "")
		}
		p.i += len(q)
		return token{v, start}, nil
	}
	for p.i < len(p.s) && strings.IndexByte(stops, p.s[p.i]) < 0 {
		p.i++
	}
	if p.i == start {
		return token{}, p.fail(start, what, "")
	}
	return token{p.s[start:p.i], start}, nil
}

// split parses the grammar KIND[=VALUE][@WHEN][:key=value,...].
func (p *parser) split() (*rawSpec, *SyntaxError) {
	r := &rawSpec{eqPos: -1, atPos: -1, colPos: -1}
	r.kind = p.word()
	if r.kind.text == "" {
		return nil, p.fail(0, "a fault kind such as powercut, lowspace, flash, heap or net.reset (see `ota-emu help faults`)", "")
	}
	if _, ok := lookupKind(r.kind.text); !ok {
		return nil, p.fail(0, "a fault kind (powercut, lowspace, flash, heap, net.*, dns.fail, wifi.*, tls.*, http.*; see `ota-emu help faults`)",
			nearest(r.kind.text, allKinds()))
	}
	if p.peek() == '=' {
		r.eqPos = p.i
		p.i++
		v, err := p.value("@:", "a value after =")
		if err != nil {
			return nil, err
		}
		r.value = &v
	}
	if p.peek() == '@' {
		r.atPos = p.i
		p.i++
		if err := p.when(r); err != nil {
			return nil, err
		}
	}
	if p.peek() == ':' {
		r.colPos = p.i
		p.i++
		if err := p.options(r); err != nil {
			return nil, err
		}
	}
	if p.i < len(p.s) {
		var exp string
		switch {
		case r.colPos >= 0:
			exp = "',' and another key=value, or the end of the spec"
		case r.atPos >= 0:
			exp = "',' and another position, ':' and key=value options, or the end of the spec"
		case r.value != nil:
			exp = "'@' and a position, ':' and key=value options, or the end of the spec"
		default:
			exp = "'=', '@', ':' or the end of the spec after the fault kind"
		}
		return nil, p.fail(p.i, exp, "")
	}
	return r, nil
}

const wantWhen = "a position: P%, op:N, byte:N, t=T, boot:N or conn:N"

// when reads the comma-separated @WHEN items (and :inside modifiers).
func (p *parser) when(r *rawSpec) *SyntaxError {
	for {
		it := whenItem{pos: p.i, inside: -1}
		c := p.peek()
		switch {
		case isDigit(c) || c == '.':
			end := decimalEnd(p.s, p.i)
			if end == p.i {
				return p.fail(p.i, wantPercent, "")
			}
			if end >= len(p.s) || p.s[end] != '%' {
				return p.fail(end, "'%' after the percentage (or "+wantWhen+")", p.s[p.i:end]+"%")
			}
			it.name, it.val = "%", token{p.s[p.i:end], p.i}
			p.i = end + 1
		case isLetter(c):
			name := p.word()
			known := false
			for _, n := range whenNames {
				known = known || n == name.text
			}
			if !known {
				return p.fail(name.pos, wantWhen, nearest(name.text, whenNames))
			}
			it.name = name.text
			sep := byte(':')
			if name.text == "t" {
				sep = '='
			}
			if p.peek() != sep {
				return p.fail(p.i, "'"+string(sep)+"' after "+name.text, name.text+string(sep))
			}
			p.i++
			v, err := p.value(",:", "a value after "+name.text+string(sep))
			if err != nil {
				return err
			}
			it.val = v
			if it.name == "t" {
				if a, b, ok := strings.Cut(v.text, ".."); ok {
					it.val = token{a, v.pos}
					it.until = &token{b, v.pos + len(a) + 2}
				}
			}
		default:
			return p.fail(p.i, wantWhen, "")
		}
		// a modifier: ":word" not followed by '='
		if p.peek() == ':' {
			save := p.i
			p.i++
			w := p.word()
			if p.peek() == '=' || w.text == "" {
				p.i = save
			} else if w.text == "inside" {
				it.inside = w.pos
			} else {
				return p.fail(w.pos, "inside (a cut in the middle of the operation) or key=value options", nearest(w.text, []string{"inside"}))
			}
		}
		r.when = append(r.when, it)
		if p.peek() != ',' {
			return nil
		}
		p.i++
	}
}

// options reads comma-separated key=value pairs.
func (p *parser) options(r *rawSpec) *SyntaxError {
	for {
		k := p.word()
		if k.text == "" {
			return p.fail(p.i, "a key=value option", "")
		}
		if p.peek() != '=' {
			return p.fail(p.i, "'=' and a value after "+k.text, k.text+"=")
		}
		p.i++
		v, err := p.value(",", "a value after "+k.text+"=")
		if err != nil {
			return err
		}
		r.opts = append(r.opts, option{k, v})
		if p.peek() != ',' {
			return nil
		}
		p.i++
	}
}

func lookupKind(name string) (*netKind, bool) {
	switch name {
	case kindPowerCut, kindLowSpace, kindFlash, kindHeap:
		return nil, true
	}
	k, ok := netTable.byName[name]
	return k, ok
}

// allKinds lists every spelling Parse accepts as a kind.
func allKinds() []string {
	out := []string{kindPowerCut, kindLowSpace, kindFlash, kindHeap}
	for _, k := range netTable.ordered {
		out = append(out, k.kind)
	}
	for _, k := range netTable.ordered {
		out = append(out, k.name)
	}
	return out
}

// Parse parses one --fault value. Errors are *SyntaxError.
func Parse(spec string) (Fault, error) {
	p := &parser{s: spec}
	r, serr := p.split()
	if serr != nil {
		return nil, serr
	}
	var f Fault
	switch r.kind.text {
	case kindPowerCut:
		f, serr = p.powerCut(r)
	case kindLowSpace, kindFlash, kindHeap:
		f, serr = p.size(r)
	default:
		k, _ := lookupKind(r.kind.text)
		f, serr = p.netFault(r, k)
	}
	if serr != nil {
		return nil, serr
	}
	return f, nil
}

// fieldErr turns a value's error into a spec error.
func (p *parser) fieldErr(t token, e *fieldError) *SyntaxError {
	return p.fail(t.pos+e.Off, e.Expected, e.Suggestion)
}

// noOptions rejects :key=value on kinds that take none.
func (p *parser) noOptions(r *rawSpec, what string) *SyntaxError {
	if len(r.opts) > 0 {
		return p.fail(r.opts[0].key.pos, "the end of the spec ("+r.kind.text+" takes no :key=value options"+what+")", "")
	}
	return nil
}

func (p *parser) powerCut(r *rawSpec) (Fault, *SyntaxError) {
	const forms = "powercut@50%, powercut@op:N, powercut@byte:N, powercut@t=T or powercut@boot:N,op:M"
	if r.value != nil {
		return nil, p.fail(r.eqPos, "'@' and a position ("+forms+")", "powercut@"+r.value.text)
	}
	if r.atPos < 0 {
		return nil, p.fail(len(r.kind.text), "'@' and a position ("+forms+")", "")
	}
	if err := p.noOptions(r, "; its position goes after @"); err != nil {
		return nil, err
	}
	var c PowerCut
	var boot *whenItem
	var pos *whenItem
	for i := range r.when {
		it := &r.when[i]
		if it.name == "boot" {
			if it.inside >= 0 {
				return nil, p.fail(it.inside, "',' and op:M (:inside goes after op:M)", "")
			}
			if boot != nil {
				return nil, p.fail(it.pos, "one boot:N per powercut", "")
			}
			boot = it
			continue
		}
		if pos != nil {
			return nil, p.fail(it.pos, "one position per powercut (give several --fault flags for several cuts)", "")
		}
		pos = it
		if it.inside >= 0 && it.name != "op" {
			return nil, p.fail(it.inside, "the end of the position (:inside applies to op:N only)", "")
		}
		if it.until != nil {
			return nil, p.fail(it.until.pos-2, "the end of the time (a powercut happens at one time, t=T)", "")
		}
		switch it.name {
		case "%":
			v, err := parsePercent(it.val.text)
			if err != nil {
				return nil, p.fieldErr(it.val, err)
			}
			c.Kind, c.Percent = CutPercent, v
		case "op":
			v, err := parseCount(it.val.text, "a flash-operation index (0 or more)")
			if err != nil {
				return nil, p.fieldErr(it.val, err)
			}
			c.Kind, c.Op, c.Inside = CutOp, v, it.inside >= 0
		case "byte":
			v, err := parseSize(it.val.text)
			if err != nil {
				return nil, p.fieldErr(it.val, err)
			}
			c.Kind, c.Byte = CutByte, v
		case "t":
			v, err := parseDuration(it.val.text)
			if err != nil {
				return nil, p.fieldErr(it.val, err)
			}
			c.Kind, c.Time = CutTime, v
		case "conn":
			return nil, p.fail(it.pos, "a power-cut position ("+forms+"); conn:N is for network faults", "")
		}
	}
	if boot != nil {
		if pos == nil || pos.name != "op" {
			at := boot.pos
			if pos != nil {
				at = pos.pos
			}
			return nil, p.fail(at, "op:M with boot:N (powercut@boot:N,op:M cuts after operation M of boot N)", "")
		}
		b, err := parseCount(boot.val.text, "a boot number (1 or more)")
		if err == nil && b < 1 {
			err = &fieldError{Expected: "a boot number (1 or more)"}
		}
		if err != nil {
			return nil, p.fieldErr(boot.val, err)
		}
		c.Kind, c.Boot = CutBootOp, b
	}
	if pos == nil {
		return nil, p.fail(len(p.s), "',' and op:M after boot:N", "")
	}
	return c, nil
}

func (p *parser) size(r *rawSpec) (Fault, *SyntaxError) {
	kind := r.kind.text
	if r.value == nil {
		return nil, p.fail(len(kind), "'=' and a size, such as "+kind+"=48K", kind+"=")
	}
	if r.atPos >= 0 {
		return nil, p.fail(r.atPos, "the end of the spec ("+kind+" applies from power-on; it takes no @position)", "")
	}
	if err := p.noOptions(r, ""); err != nil {
		return nil, err
	}
	n, err := parseSize(r.value.text)
	if err != nil {
		return nil, p.fieldErr(*r.value, err)
	}
	switch kind {
	case kindLowSpace:
		return LowSpace(n), nil
	case kindFlash:
		if n <= 0 {
			return nil, p.fail(r.value.pos, "a filesystem size above 0", "")
		}
		return FlashSize(n), nil
	}
	if n <= 0 {
		return nil, p.fail(r.value.pos, "a heap size above 0", "")
	}
	return HeapSize(n), nil
}

// whenForms describes the @ positions a network kind takes.
func (k *netKind) whenForms() string {
	forms := []string{}
	if k.pct != "" {
		forms = append(forms, "P%")
	}
	if k.byteKey != "" {
		forms = append(forms, "byte:N")
	}
	if k.timeKey != "" {
		forms = append(forms, "t=T")
	} else {
		forms = append(forms, "t=FROM[..UNTIL]")
	}
	forms = append(forms, "conn:N", "boot:N")
	return strings.Join(forms, ", ")
}

func (p *parser) netFault(r *rawSpec, k *netKind) (Fault, *SyntaxError) {
	nf := NetFault{Kind: k.kind, Name: k.name, Params: map[string]string{}}
	where := map[string]int{}
	set := func(key string, t token, at int) *SyntaxError {
		def, ok := k.keyDef(key)
		if !ok {
			return p.fail(at, "a key of "+k.kind+": "+strings.Join(k.keys(), ", "), nearest(key, k.keys()))
		}
		if _, dup := nf.Params[key]; dup {
			return p.fail(at, "each key once ("+key+" is already given)", "")
		}
		if k.pct != "" && k.byteKey != "" && (key == k.pct || key == k.byteKey) {
			other := k.pct
			if key == k.pct {
				other = k.byteKey
			}
			if _, both := nf.Params[other]; both {
				return p.fail(at, "one place for "+k.kind+": a percentage (P%) or a byte (byte:N), not both", "")
			}
		}
		canon, _, err := def.typ.parse(t.text)
		if err != nil {
			return p.fieldErr(t, err)
		}
		nf.Params[key] = canon
		where[key] = at
		return nil
	}
	if r.value != nil {
		if k.value == "" {
			return nil, p.fail(r.eqPos, "'@', ':' or the end of the spec ("+k.kind+" takes no =VALUE)", "")
		}
		if err := set(k.value, *r.value, r.value.pos); err != nil {
			return nil, err
		}
	}
	for _, it := range r.when {
		if it.inside >= 0 {
			return nil, p.fail(it.inside, "',' and another position, ':' and options, or the end (:inside is for powercut@op:N)", "")
		}
		var key string
		switch it.name {
		case "%":
			key = k.pct
		case "byte":
			key = k.byteKey
		case "conn", "boot":
			key = it.name
		case "t":
			key = k.timeKey
			if key == "" {
				key = "from"
				if it.until != nil {
					if err := set("until", *it.until, it.until.pos); err != nil {
						return nil, err
					}
				}
			} else if it.until != nil {
				return nil, p.fail(it.until.pos-2, "the end of the time ("+k.kind+" starts at one time, t=T)", "")
			}
		case "op":
			return nil, p.fail(it.pos, "a position "+k.kind+" takes: "+k.whenForms()+" (op:N counts flash operations, for powercut)", "")
		}
		if key == "" {
			return nil, p.fail(it.pos, "a position "+k.kind+" takes: "+k.whenForms(), "")
		}
		if err := set(key, it.val, it.pos); err != nil {
			return nil, err
		}
	}
	for _, o := range r.opts {
		if err := set(o.key.text, o.val, o.key.pos); err != nil {
			return nil, err
		}
	}
	if b, ok := nf.Params["boot"]; ok {
		nf.Boot, _ = strconv.Atoi(b)
	}
	tparams := map[string]string{}
	for _, tp := range targetParams {
		if v, ok := nf.Params[tp.key]; ok && tp.key != "boot" {
			_, ns, _ := tp.typ.parse(v)
			tparams[tp.key] = ns
		}
	}
	t, err := netsim.ParseTarget(tparams)
	if err != nil {
		at := r.kind.pos
		if pos, ok := where["until"]; ok {
			at = pos
		}
		return nil, p.fail(at, "a valid target ("+err.Error()+")", "")
	}
	nf.Target = t
	if _, err := nf.New(); err != nil {
		at := r.kind.pos
		if r.value != nil {
			at = r.value.pos
		}
		msg := err.Error()
		if i := strings.LastIndex(msg, k.name+": "); i >= 0 {
			msg = msg[i+len(k.name)+2:]
		}
		return nil, p.fail(at, "parameters "+k.kind+" accepts ("+msg+")", "")
	}
	return nf, nil
}
