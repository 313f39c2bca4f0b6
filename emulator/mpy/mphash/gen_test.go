package mphash

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// The generator of the golden cases. It is deterministic (fixed seeds), so
// -regen rewrites the same programs unless this file changes.

var updaterWords = []string{
	"version", "url", "sha256", "sha1", "files", "size", "name", "tag_name", "assets",
	"browser_download_url", "path", "type", "mode", "sha", "tree", "content", "encoding",
	"download_url", "html_url", "main", "lib", "ota", "firmware", "latest", "id", "node_id",
	"label", "state", "created_at", "published_at", "draft", "prerelease", "body", "message",
	"documentation_url", "truncated", "commit", "ref", "blob", "dir", "file", "status", "ok",
	"error", "retries", "timeout", "ssid", "password", "host", "port", "a", "b", "c", "x", "y",
}

var oddStrings = []string{
	"boot.py", "main.py", "lib/ota.py", "", " ", "é", "café", "€uro", "naïve", "😀", "ß",
	"it's", `say "hi"`, `back\slash`, "tab\there", "new\nline", "Version", "VERSION", "v1.2.3",
}

var specialInts = []string{
	"1073741823", "1073741824", "-1073741824", "-1073741825", "2147483647", "2147483648",
	"4294967295", "4294967303", "1099511627776", "-1099511627773", "18446744073709551617",
	"-1180591620717411303429", "65535", "65536", "-1", "0", "-65536",
}

type gen struct {
	r   *rand.Rand
	val int
}

func newGen(seed uint64) *gen { return &gen{r: rand.New(rand.NewPCG(seed, 0x6d70686173680a))} }

func (g *gen) nextVal() int { g.val++; return g.val }

func (g *gen) vals(n int) []int {
	v := make([]int, n)
	for i := range v {
		v[i] = g.nextVal()
	}
	return v
}

func (g *gen) randStr() string {
	const alpha = "abcdefghijklmnopqrstuvwxyz_0123456789ABCXYZ"
	n := 1 + g.r.IntN(12)
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteByte(alpha[g.r.IntN(len(alpha))])
	}
	return b.String()
}

func (g *gen) strKey() Key {
	switch p := g.r.IntN(100); {
	case p < 50:
		return Key{T: "s", V: updaterWords[g.r.IntN(len(updaterWords))]}
	case p < 60:
		return Key{T: "s", V: oddStrings[g.r.IntN(len(oddStrings))]}
	default:
		return Key{T: "s", V: g.randStr()}
	}
}

func (g *gen) identKey() Key {
	for {
		w := updaterWords[g.r.IntN(len(updaterWords))]
		if !strings.ContainsAny(w, "./") {
			return Key{T: "s", V: w}
		}
	}
}

func (g *gen) asciiKey() Key {
	if g.r.IntN(2) == 0 {
		return g.identKey()
	}
	return Key{T: "s", V: g.randStr()}
}

func (g *gen) intKey() Key {
	switch p := g.r.IntN(100); {
	case p < 10:
		return Key{T: "i", V: specialInts[g.r.IntN(len(specialInts))]}
	case p < 25:
		return Key{T: "i", V: fmt.Sprint(g.r.IntN(5000) - 1000)}
	default:
		return Key{T: "i", V: fmt.Sprint(g.r.IntN(120) - 20)}
	}
}

func (g *gen) floatKey() Key {
	if g.r.IntN(12) == 0 {
		return Key{T: "f", V: []string{"3000000000.0", "-3000000000.0", "1073741824.5", "0.0"}[g.r.IntN(4)]}
	}
	q := g.r.IntN(400) - 80
	f := float64(q) / 4
	s := fmt.Sprint(f)
	if !strings.Contains(s, ".") {
		s += ".0"
	}
	return Key{T: "f", V: s}
}

func (g *gen) tupleKey() Key {
	switch g.r.IntN(6) {
	case 0:
		return Key{T: "t"}
	case 1:
		return Key{T: "t", Items: []Key{g.intKey()}}
	case 2:
		return Key{T: "t", Items: []Key{g.intKey(), g.strKey()}}
	case 3:
		return Key{T: "t", Items: []Key{g.strKey(), g.strKey()}}
	case 4:
		return Key{T: "t", Items: []Key{{T: "t", Items: []Key{g.intKey(), g.intKey()}}, g.asciiKey()}}
	default:
		return Key{T: "t", Items: []Key{g.intKey(), g.intKey(), g.intKey()}}
	}
}

func (g *gen) miscKey() Key {
	return []Key{
		{T: "n"}, {T: "B", V: "True"}, {T: "B", V: "False"}, {T: "b", V: "ab"}, {T: "b", V: ""},
		{T: "b", V: "version"}, {T: "s", V: "ab"}, {T: "i", V: "1"}, {T: "f", V: "1.0"},
	}[g.r.IntN(9)]
}

func (g *gen) mixedKey() Key {
	switch p := g.r.IntN(100); {
	case p < 35:
		return g.strKey()
	case p < 65:
		return g.intKey()
	case p < 75:
		return g.floatKey()
	case p < 88:
		return g.tupleKey()
	default:
		return g.miscKey()
	}
}

// userKey is U(id, hash): a user object whose __hash__ returns hash (often
// colliding with small ints, sometimes past a word) and whose __eq__ compares id.
func (g *gen) userKey() Key {
	id := g.r.IntN(30)
	h := fmt.Sprint(id%9 - 2)
	switch g.r.IntN(6) {
	case 0:
		h = fmt.Sprint(1<<40 + id)
	case 1:
		h = fmt.Sprint(id * 7)
	}
	return Key{T: "u", V: fmt.Sprintf("%d,%s", id, h)}
}

func (g *gen) userMixedKey() Key {
	if g.r.IntN(2) == 0 {
		return g.userKey()
	}
	return g.mixedKey()
}

func (g *gen) keys(n int, ks func() Key) []Key {
	out := make([]Key, n)
	for i := range out {
		out[i] = ks()
	}
	return out
}

func uniqueByV(keys []Key) []Key {
	seen := map[string]bool{}
	var out []Key
	for _, k := range keys {
		if !seen[k.V] {
			seen[k.V] = true
			out = append(out, k)
		}
	}
	return out
}

// dictCase builds a random sequence of dict operations on keys from ks.
func (g *gen) dictCase(name string, ks func() Key, nops int, ctors []string) Case {
	c := Case{Name: name}
	add := func(op Op) { op.V = "d"; c.Ops = append(c.Ops, op) }
	how := ctors[g.r.IntN(len(ctors))]
	n := g.r.IntN(13)
	var ks0 []Key
	switch how {
	case "kw", "kwfunc":
		ks0 = uniqueByV(g.keys(n, g.identKey))
	case "json":
		ks0 = g.keys(n, g.asciiKey)
	case "dict":
		ks0 = nil
	default:
		ks0 = g.keys(n, ks)
	}
	add(Op{Op: "dnew", How: how, Keys: ks0, Vals: g.vals(len(ks0))})
	add(Op{Op: "show"})
	history := append([]Key(nil), ks0...)
	pick := func() Key {
		if len(history) > 0 && g.r.IntN(100) < 70 {
			return history[g.r.IntN(len(history))]
		}
		return ks()
	}
	for i := 0; i < nops; i++ {
		switch p := g.r.IntN(100); {
		case p < 48:
			k := ks()
			if len(history) > 0 && g.r.IntN(5) == 0 {
				k = history[g.r.IntN(len(history))]
			}
			history = append(history, k)
			add(Op{Op: "set", Keys: []Key{k}, Vals: g.vals(1)})
		case p < 62:
			add(Op{Op: "del", Keys: []Key{pick()}})
		case p < 66:
			add(Op{Op: "pop", Keys: []Key{pick()}})
		case p < 70:
			add(Op{Op: "popitem"})
		case p < 73:
			k := pick()
			history = append(history, k)
			add(Op{Op: "setdefault", Keys: []Key{k}, Vals: g.vals(1)})
		case p < 76:
			kk := g.keys(1+g.r.IntN(5), ks)
			history = append(history, kk...)
			add(Op{Op: "upd_pairs", Keys: kk, Vals: g.vals(len(kk))})
		case p < 79:
			kk := g.keys(1+g.r.IntN(6), ks)
			history = append(history, kk...)
			add(Op{Op: "upd_lit", Keys: kk, Vals: g.vals(len(kk))})
		case p < 81:
			kk := g.keys(g.r.IntN(5), ks)
			add(Op{Op: []string{"or", "ior"}[g.r.IntN(2)], Keys: kk, Vals: g.vals(len(kk))})
		case p < 83:
			add(Op{Op: "copy"})
		case p < 84:
			add(Op{Op: "clear"})
		case p < 90:
			kk := make([]Key, 1+g.r.IntN(6))
			for j := range kk {
				kk[j] = pick()
			}
			add(Op{Op: "has", Keys: kk})
		default:
			add(Op{Op: "show"})
		}
	}
	add(Op{Op: "show"})
	return c
}

// setCase builds a random sequence of set operations on keys from ks.
func (g *gen) setCase(name string, ks func() Key, nops int) Case {
	c := Case{Name: name}
	add := func(op Op) { op.V = "s"; c.Ops = append(c.Ops, op) }
	how := []string{"lit", "lit", "setof", "comp", "frozen"}[g.r.IntN(5)]
	ks0 := g.keys(g.r.IntN(12), ks)
	add(Op{Op: "snew", How: how, Keys: ks0})
	add(Op{Op: "sshow"})
	history := append([]Key(nil), ks0...)
	pick := func() Key {
		if len(history) > 0 && g.r.IntN(100) < 70 {
			return history[g.r.IntN(len(history))]
		}
		return ks()
	}
	setOps := []string{"|", "&", "-", "^", "|=", "&=", "-=", "^=", "union_list", "inter_list", "diff_list",
		"self|", "self&", "self-", "self^", "self|=", "self&=", "self-=", "self^="}
	for i := 0; i < nops; i++ {
		switch p := g.r.IntN(100); {
		case p < 45:
			k := ks()
			history = append(history, k)
			add(Op{Op: "sadd", Keys: []Key{k}})
		case p < 60:
			add(Op{Op: "sdisc", Keys: []Key{pick()}})
		case p < 65:
			add(Op{Op: "spop"})
		case p < 83:
			o := setOps[g.r.IntN(len(setOps))]
			var kk []Key
			if !strings.HasPrefix(o, "self") {
				for j := g.r.IntN(9); j > 0; j-- {
					kk = append(kk, pick())
				}
				if strings.HasSuffix(o, "_list") || o == "|" || o == "|=" || o == "^" || o == "^=" {
					kk = append(kk, g.keys(g.r.IntN(4), ks)...)
				}
				if !strings.HasSuffix(o, "_list") && len(kk) == 0 {
					kk = []Key{pick()}
				}
				history = append(history, kk...)
			}
			add(Op{Op: "sop", How: o, Keys: kk})
		case p < 86:
			add(Op{Op: "scopy"})
		case p < 87:
			add(Op{Op: "sclear"})
		case p < 89:
			add(Op{Op: "fhash"})
		case p < 94:
			kk := make([]Key, 1+g.r.IntN(6))
			for j := range kk {
				kk[j] = pick()
			}
			add(Op{Op: "shas", Keys: kk})
		default:
			add(Op{Op: "sshow"})
		}
	}
	add(Op{Op: "sshow"})
	return c
}

// iterCase mutates a dict while iterating over it.
func (g *gen) iterCase(name string, ks func() Key) Case {
	c := Case{Name: name}
	n := 1 + g.r.IntN(14)
	kk := g.keys(n, ks)
	c.Ops = append(c.Ops, Op{Op: "dnew", V: "d", How: []string{"lit", "zip"}[g.r.IntN(2)], Keys: kk, Vals: g.vals(n)})
	if g.r.IntN(2) == 0 {
		c.Ops = append(c.Ops, Op{Op: "iterdel", V: "d"})
	} else {
		c.Ops = append(c.Ops, Op{Op: "iteradd", V: "d", Keys: g.keys(1+g.r.IntN(20), ks)})
	}
	c.Ops = append(c.Ops, Op{Op: "show", V: "d"})
	return c
}

// orderedCase exercises OrderedDict.
func (g *gen) orderedCase(name string, ks func() Key) Case {
	c := Case{Name: name}
	add := func(op Op) { op.V = "d"; c.Ops = append(c.Ops, op) }
	kk := g.keys(g.r.IntN(8), ks)
	add(Op{Op: "dnew", How: "ordered", Keys: kk, Vals: g.vals(len(kk))})
	history := append([]Key(nil), kk...)
	for i := 0; i < 40; i++ {
		switch p := g.r.IntN(100); {
		case p < 50:
			k := ks()
			history = append(history, k)
			add(Op{Op: "set", Keys: []Key{k}, Vals: g.vals(1)})
		case p < 65 && len(history) > 0:
			add(Op{Op: "del", Keys: []Key{history[g.r.IntN(len(history))]}})
		case p < 72:
			add(Op{Op: "popitem"})
		case p < 76:
			add(Op{Op: "copy"})
		case p < 80:
			k := ks()
			history = append(history, k)
			add(Op{Op: "setdefault", Keys: []Key{k}, Vals: g.vals(1)})
		default:
			add(Op{Op: "show"})
		}
	}
	add(Op{Op: "show"})
	return c
}

// generateAll returns every golden file's cases, by file name.
func generateAll() map[string][]Case {
	files := map[string][]Case{}
	g := newGen(1)
	allCtors := []string{"lit", "lit", "lit", "dict", "comp", "zip", "pairs", "fromkeys", "fromkeys_iter"}
	strCtors := append(append([]string(nil), allCtors...), "kw", "kwfunc", "json")
	for i := 0; i < 30; i++ {
		files["dict_str"] = append(files["dict_str"], g.dictCase(fmt.Sprintf("dict_str_%d", i), g.strKey, 20+g.r.IntN(70), strCtors))
	}
	for i := 0; i < 25; i++ {
		files["dict_int"] = append(files["dict_int"], g.dictCase(fmt.Sprintf("dict_int_%d", i), g.intKey, 20+g.r.IntN(70), allCtors))
	}
	for i := 0; i < 25; i++ {
		files["dict_mixed"] = append(files["dict_mixed"], g.dictCase(fmt.Sprintf("dict_mixed_%d", i), g.mixedKey, 20+g.r.IntN(70), allCtors))
	}
	for i := 0; i < 10; i++ {
		files["dict_mixed"] = append(files["dict_mixed"], g.dictCase(fmt.Sprintf("dict_tuple_%d", i), g.tupleKey, 20+g.r.IntN(40), allCtors))
		files["dict_mixed"] = append(files["dict_mixed"], g.dictCase(fmt.Sprintf("dict_float_%d", i), g.floatKey, 20+g.r.IntN(40), allCtors))
	}
	for i := 0; i < 20; i++ {
		c := Case{Name: fmt.Sprintf("dict_json_%d", i)}
		n := g.r.IntN(25)
		kk := g.keys(n, g.asciiKey)
		c.Ops = append(c.Ops, Op{Op: "dnew", V: "d", How: "json", Keys: kk, Vals: g.vals(n)},
			Op{Op: "dumps", V: "d"})
		for j := g.r.IntN(6); j > 0; j-- {
			c.Ops = append(c.Ops, Op{Op: "set", V: "d", Keys: []Key{g.asciiKey()}, Vals: g.vals(1)})
		}
		c.Ops = append(c.Ops, Op{Op: "dumps", V: "d"})
		files["dict_ctor"] = append(files["dict_ctor"], c)
	}
	for i := 0; i < 30; i++ {
		ks := []func() Key{g.strKey, g.intKey, g.mixedKey}[i%3]
		files["dict_iter"] = append(files["dict_iter"], g.iterCase(fmt.Sprintf("dict_iter_%d", i), ks))
	}
	for i := 0; i < 6; i++ {
		ks := []func() Key{g.strKey, g.intKey, g.mixedKey}[i%3]
		files["dict_big"] = append(files["dict_big"], g.dictCase(fmt.Sprintf("dict_big_%d", i), ks, 300+g.r.IntN(400), allCtors))
	}
	for i := 0; i < 12; i++ {
		ks := []func() Key{g.strKey, g.intKey, g.mixedKey}[i%3]
		files["ordered"] = append(files["ordered"], g.orderedCase(fmt.Sprintf("ordered_%d", i), ks))
	}
	for i := 0; i < 45; i++ {
		ks := []func() Key{g.strKey, g.intKey, g.mixedKey}[i%3]
		files["set"] = append(files["set"], g.setCase(fmt.Sprintf("set_%d", i), ks, 15+g.r.IntN(60)))
	}
	// User objects with __hash__/__eq__ (their own seed, so the other files
	// stay as they are).
	gu := newGen(2)
	for i := 0; i < 24; i++ {
		if i%4 == 3 {
			files["user"] = append(files["user"], gu.setCase(fmt.Sprintf("set_user_%d", i), gu.userMixedKey, 15+gu.r.IntN(50)))
			continue
		}
		files["user"] = append(files["user"], gu.dictCase(fmt.Sprintf("dict_user_%d", i), gu.userMixedKey, 15+gu.r.IntN(60), allCtors))
	}
	hc := Case{Name: "hash_values"}
	for _, ks := range []func() Key{g.strKey, g.intKey, g.floatKey, g.tupleKey, g.miscKey, g.mixedKey} {
		hc.Ops = append(hc.Ops, Op{Op: "hash", Keys: g.keys(40, ks)})
	}
	var every []Key
	for _, s := range oddStrings {
		every = append(every, Key{T: "s", V: s})
	}
	for _, s := range specialInts {
		every = append(every, Key{T: "i", V: s})
	}
	// djb2 & 0xffff of "dndk" is 0, so its hash is 1; "hm" is 0 in 8 bits.
	every = append(every, Key{T: "s", V: "dndk"}, Key{T: "s", V: "hm"}, Key{T: "b", V: "dndk"})
	hc.Ops = append(hc.Ops, Op{Op: "hash", Keys: every})
	files["hash"] = []Case{hc}
	return files
}
