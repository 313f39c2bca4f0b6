package mpy

import (
	"github.com/go-python/gpython/py"
)

// GetAttr is getattr(o, name) with MicroPython's rules.
func GetAttr(o py.Object, name string) (py.Object, error) {
	switch x := o.(type) {
	case *Instance:
		return x.getattr(name)
	case *py.Type:
		return classGetAttr(x, name)
	case *py.Exception:
		return excGetAttr(x, name)
	case *py.Module:
		if v, ok := x.Globals[name]; ok {
			return v, nil
		}
		if name == "__dict__" {
			return dictFromStringDict(x.Globals), nil
		}
		return nil, py.ExceptionNewf(py.AttributeError, "module '%s' has no attribute '%s'", moduleName(x), name)
	case *Super:
		return x.getattr(name)
	case *py.Function:
		switch name {
		case "__name__":
			return py.String(x.Name), nil
		case "__class__":
			return x.Type(), nil
		}
		if v, ok := x.Dict[name]; ok {
			return v, nil
		}
		return nil, attributeError(o, name)
	case *py.BoundMethod:
		switch name {
		case "__self__":
			return x.Self, nil
		case "__func__":
			return x.Method, nil
		case "__name__":
			return GetAttr(x.Method, name)
		}
	case *py.Method:
		if name == "__name__" {
			return py.String(x.Name), nil
		}
	case *py.Slice:
		switch name {
		case "start":
			return noneIfNil(x.Start), nil
		case "stop":
			return noneIfNil(x.Stop), nil
		case "step":
			return noneIfNil(x.Step), nil
		}
	case *py.Range:
		switch name {
		case "start":
			return x.Start, nil
		case "stop":
			return x.Stop, nil
		case "step":
			return x.Step, nil
		}
	}
	if name == "__class__" {
		return o.Type(), nil
	}
	t := o.Type()
	if v := t.Lookup(name); v != nil {
		return bind(v, o, t)
	}
	if ga, ok := o.(py.I__getattr__); ok {
		r, err := ga.M__getattr__(name)
		if err == nil {
			return r, nil
		}
		if !isException(err, py.AttributeError) {
			return nil, err // a native object's own error (uctypes: KeyError for a missing field)
		}
	}
	return nil, attributeError(o, name)
}

// SetAttr is setattr(o, name, value).
func SetAttr(o py.Object, name string, value py.Object) error {
	switch x := o.(type) {
	case *Instance:
		return x.setattr(name, value)
	case *py.Exception:
		return excSetAttr(x, name, value)
	case *py.Type:
		if !isUserClass(x) {
			return py.ExceptionNewf(py.AttributeError, "can't set attribute")
		}
		x.Dict[name] = value
		return nil
	case *py.Module:
		x.Globals[name] = value
		return nil
	case *py.Function:
		if x.Dict == nil {
			x.Dict = py.NewStringDict()
		}
		x.Dict[name] = value
		return nil
	}
	if sa, ok := o.(py.I__setattr__); ok {
		_, err := sa.M__setattr__(name, value)
		return err
	}
	return py.ExceptionNewf(py.AttributeError, "'%s' object has no attribute '%s'", typeName(o), name)
}

// DelAttr is delattr(o, name).
func DelAttr(o py.Object, name string) error {
	switch x := o.(type) {
	case *Instance:
		if _, ok := x.dict[name]; ok {
			delete(x.dict, name)
			return nil
		}
	case *py.Exception:
		if _, ok := x.Dict[name]; ok {
			delete(x.Dict, name)
			return nil
		}
	case *py.Type:
		if _, ok := x.Dict[name]; ok && isUserClass(x) {
			delete(x.Dict, name)
			return nil
		}
	case *py.Module:
		if _, ok := x.Globals[name]; ok {
			delete(x.Globals, name)
			return nil
		}
	}
	return attributeError(o, name)
}

func moduleName(m *py.Module) string {
	if n, ok := m.Globals["__name__"].(py.String); ok {
		return string(n)
	}
	return m.ModuleImpl.Info.Name
}

// Iter is iter(o).
func Iter(o py.Object) (py.Object, error) {
	switch x := o.(type) {
	case *Bytes:
		return &bytesIter{b: x.b}, nil
	case *ByteArray:
		return &bytesIter{ba: x}, nil
	case *MemoryView:
		return &bytesIter{b: x.bytes()}, nil
	case *Dict:
		return x.keyIter(), nil
	case *Set:
		return x.iter(), nil
	case *Instance:
		r, err := x.M__iter__()
		if err != nil {
			return nil, err
		}
		return r, nil
	}
	if _, ok := o.(py.I__iter__); ok {
		return py.Iter(o)
	}
	if _, ok := o.(py.I__getitem__); ok {
		return &seqIter{obj: o}, nil
	}
	return nil, py.ExceptionNewf(py.TypeError, "'%s' object isn't iterable", typeName(o))
}

// Next is next(it); it returns a StopIteration error at the end.
func Next(it py.Object) (py.Object, error) {
	if g, ok := it.(*py.Generator); ok {
		return genSend(g, py.None)
	}
	if n, ok := it.(py.I__next__); ok {
		return n.M__next__()
	}
	return nil, py.ExceptionNewf(py.TypeError, "'%s' object isn't an iterator", typeName(it))
}

// Collect iterates o into a slice.
func Collect(o py.Object) ([]py.Object, error) {
	switch x := o.(type) {
	case py.Tuple:
		return x, nil
	case *py.List:
		return x.Items, nil
	}
	it, err := Iter(o)
	if err != nil {
		return nil, err
	}
	var out []py.Object
	for {
		v, err := Next(it)
		if err != nil {
			if isStopIteration(err) {
				return out, nil
			}
			return nil, err
		}
		out = append(out, v)
		if len(out)%4096 == 0 {
			// an endless iterator consumed in Go runs no bytecode: bound it by memory
			if err := chargeAlloc(len(out) * wordSize); err != nil {
				return nil, err
			}
		}
	}
}

// bytesIter yields the ints of a bytes-like object.
type bytesIter struct {
	b  []byte
	ba *ByteArray // iterates live contents
	i  int
}

var bytesIterType = defType(py.NewType("iterator", ""))

func (b *bytesIter) Type() *py.Type                { return bytesIterType }
func (b *bytesIter) M__iter__() (py.Object, error) { return b, nil }
func (b *bytesIter) M__next__() (py.Object, error) {
	buf := b.b
	if b.ba != nil {
		buf = b.ba.b
	}
	if b.i >= len(buf) {
		return nil, py.StopIteration
	}
	v := buf[b.i]
	b.i++
	return py.Int(v), nil
}

func noneIfNil(o py.Object) py.Object {
	if o == nil {
		return py.None
	}
	return o
}
