package mpy

import (
	"sort"
	"strings"

	"github.com/go-python/gpython/ast"
	"github.com/go-python/gpython/parser"
	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/vm"
)

// gpython v0.2.0's compiler indexes a free variable by its position in Freevars, while its VM
// (like CPython) expects cells first: slot len(Cellvars)+i. In a function that has both cell
// and free variables (a decorator factory's middle function, say) a closure then reads the
// wrong variable. fixDerefs rewrites those arguments. The bytecode alone is ambiguous (slot 0
// may be the first cell or the first free variable), so the source decides: LOAD_CLOSURE
// groups name the child's free variables in order, and every other deref instruction is
// matched with the names used on its source line.

// nameUse is a name as it appears in the source.
type nameUse struct {
	id    string
	col   int
	store bool
}

// sourceNames indexes every name in src by line.
func sourceNames(src string, filename string) map[int][]nameUse {
	mod, err := parser.Parse(strings.NewReader(src), filename, py.ExecMode)
	if err != nil {
		return nil
	}
	out := map[int][]nameUse{}
	ast.Walk(mod, func(n ast.Ast) bool {
		if name, ok := n.(*ast.Name); ok {
			out[name.Lineno] = append(out[name.Lineno], nameUse{
				id: string(name.Id), col: name.ColOffset,
				store: name.Ctx == ast.Store || name.Ctx == ast.Del || name.Ctx == ast.AugStore,
			})
		}
		if arg, ok := n.(*ast.Arg); ok {
			out[arg.Lineno] = append(out[arg.Lineno], nameUse{id: string(arg.Arg), col: arg.ColOffset, store: true})
		}
		return true
	})
	for _, uses := range out {
		sort.SliceStable(uses, func(i, j int) bool { return uses[i].col < uses[j].col })
	}
	return out
}

// needsDerefFix reports whether any code object in the tree has both cell and free variables.
func needsDerefFix(c *py.Code) bool {
	if len(c.Cellvars) > 0 && len(c.Freevars) > 0 {
		return true
	}
	for _, k := range c.Consts {
		if cc, ok := k.(*py.Code); ok && needsDerefFix(cc) {
			return true
		}
	}
	return false
}

func isDeref(op vm.OpCode) bool {
	switch op {
	case vm.LOAD_DEREF, vm.STORE_DEREF, vm.DELETE_DEREF, vm.LOAD_CLASSDEREF, vm.LOAD_CLOSURE:
		return true
	}
	return false
}

// fixDerefs repairs c and its nested code objects.
func fixDerefs(c *py.Code, names map[int][]nameUse) {
	for _, k := range c.Consts {
		if cc, ok := k.(*py.Code); ok {
			fixDerefs(cc, names)
		}
	}
	ncell, nfree := len(c.Cellvars), len(c.Freevars)
	if ncell == 0 || nfree == 0 {
		return
	}
	b := []byte(c.Code)
	type insn struct {
		pc  int
		op  vm.OpCode
		arg int
	}
	var insns []insn
	for pc := 0; pc < len(b); {
		op := vm.OpCode(b[pc])
		if op >= vm.HAVE_ARGUMENT {
			insns = append(insns, insn{pc, op, int(b[pc+1]) | int(b[pc+2])<<8})
			pc += 3
		} else {
			insns = append(insns, insn{pc, op, -1})
			pc++
		}
	}
	indexOf := func(list []string, name string) int {
		for i, n := range list {
			if n == name {
				return i
			}
		}
		return -1
	}
	slotFor := func(name string) int {
		if i := indexOf(c.Cellvars, name); i >= 0 {
			return i
		}
		if i := indexOf(c.Freevars, name); i >= 0 {
			return ncell + i
		}
		return -1
	}
	used := map[int]map[int]bool{} // line -> indexes of names consumed
	newArg := map[int]int{}        // pc -> slot
	for i := 0; i < len(insns); i++ {
		in := insns[i]
		if in.op == vm.LOAD_CLOSURE {
			// a group of LOAD_CLOSURE, BUILD_TUPLE n, LOAD_CONST child code
			j := i
			for j < len(insns) && insns[j].op == vm.LOAD_CLOSURE {
				j++
			}
			if j+1 < len(insns) && insns[j].op == vm.BUILD_TUPLE && insns[j+1].op == vm.LOAD_CONST {
				if child, ok := c.Consts[insns[j+1].arg].(*py.Code); ok && len(child.Freevars) == j-i {
					for k := i; k < j; k++ {
						if s := slotFor(child.Freevars[k-i]); s >= 0 {
							newArg[insns[k].pc] = s
						}
					}
					i = j - 1
					continue
				}
			}
		}
		if !isDeref(in.op) {
			continue
		}
		var cands []string
		if in.arg < ncell {
			cands = append(cands, c.Cellvars[in.arg])
		}
		if in.arg < nfree {
			cands = append(cands, c.Freevars[in.arg])
		}
		if len(cands) == 1 {
			newArg[in.pc] = slotFor(cands[0])
			continue
		}
		line := int(c.Addr2Line(int32(in.pc)))
		uses := names[line]
		if used[line] == nil {
			used[line] = map[int]bool{}
		}
		store := in.op == vm.STORE_DEREF || in.op == vm.DELETE_DEREF
		pick := ""
		for pass := 0; pass < 2 && pick == ""; pass++ {
			for ui, u := range uses {
				if used[line][ui] || (pass == 0 && u.store != store) {
					continue
				}
				if u.id == cands[0] || u.id == cands[1] {
					pick = u.id
					used[line][ui] = true
					break
				}
			}
		}
		if pick == "" {
			pick = cands[1] // the compiler's own reading: a free variable's index
		}
		newArg[in.pc] = slotFor(pick)
	}
	changed := false
	for pc, slot := range newArg {
		if slot < 0 {
			continue
		}
		lo, hi := byte(slot&0xff), byte(slot>>8)
		if b[pc+1] != lo || b[pc+2] != hi {
			b[pc+1], b[pc+2] = lo, hi
			changed = true
		}
	}
	if changed {
		c.Code = string(b)
	}
}
