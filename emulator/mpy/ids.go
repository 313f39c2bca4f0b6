package mpy

import (
	"reflect"
	"sync"

	"github.com/go-python/gpython/py"
)

// Object identity (id(), default reprs, the hash of objects without __hash__) is deterministic:
// each interpreter hands out ids in the order objects are first asked for one, never from Go
// pointers. An object finds its interpreter through its class (classes made by our
// __build_class__ are registered here) or its function context.

var (
	classOwnersMu sync.Mutex
	classOwners   = map[*py.Type]*Interp{}
)

func registerClass(t *py.Type, it *Interp) {
	if it == nil {
		return
	}
	classOwnersMu.Lock()
	classOwners[t] = it
	classOwnersMu.Unlock()
	it.classes = append(it.classes, t)
}

// releaseClasses forgets the classes of a finished interpreter.
func (it *Interp) releaseClasses() {
	classOwnersMu.Lock()
	for _, t := range it.classes {
		delete(classOwners, t)
	}
	classOwnersMu.Unlock()
	it.classes = nil
}

func ownerInterp(o py.Object) *Interp {
	switch x := o.(type) {
	case *py.Function:
		return interpOf(x.Context)
	case *py.Module:
		return interpOf(x.Context)
	case *Instance:
		classOwnersMu.Lock()
		defer classOwnersMu.Unlock()
		return classOwners[x.cls]
	case *py.Type:
		classOwnersMu.Lock()
		defer classOwnersMu.Unlock()
		return classOwners[x]
	}
	return nil
}

// idBase makes ids look like the heap addresses a board prints.
const idBase = 0x3ffb0000

// objectID returns o's deterministic id, using it when the object cannot lead to its
// interpreter itself.
func objectIDIn(it *Interp, o py.Object) uint64 {
	if it == nil {
		it = ownerInterp(o)
	}
	if it == nil {
		return idBase
	}
	if !reflect.TypeOf(o).Comparable() {
		return idBase + 8
	}
	if it.ids == nil {
		it.ids = map[py.Object]uint64{}
	}
	if id, ok := it.ids[o]; ok {
		return id
	}
	it.idSeq++
	id := uint64(idBase + 16*it.idSeq)
	it.ids[o] = id
	return id
}

func objectID(o py.Object) uint64 { return objectIDIn(nil, o) }
