package modules

import (
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"hash"

	"github.com/go-python/gpython/py"
	"github.com/ota-emu/ota-emu/emulator/mpy"
)

// hashlib as MicroPython 1.27 (extmod/modhashlib.c): the classes sha256, sha1 and md5 (ESP32
// and RP2 builds have all three), each taking optional initial data (positional only), with
// update(data) and digest() only — no hexdigest, no copy, no name or digest_size. Data is any
// buffer, str included. digest() finalises the object: a later update() or digest() raises
// ValueError("hash is final").
//
// A board may offer fewer algorithms: when the device (mpy.Interp.Device) implements
// HashAlgorithms, only the names it lists are in the module.

// HashAlgorithms is implemented by a device whose board has a restricted set of hashlib
// algorithms (for example only "sha256").
type HashAlgorithms interface {
	HashAlgorithms() []string
}

// hashObject is one hash in progress.
type hashObject struct {
	t     *py.Type
	h     hash.Hash
	final bool
}

// Type returns the algorithm's class.
func (o *hashObject) Type() *py.Type { return o.t }

// M__repr__ prints the object as MicroPython does: the class name in angle brackets.
func (o *hashObject) M__repr__() (py.Object, error) { return py.String("<" + o.t.Name + ">"), nil }

// hashAlgorithms are the classes, in the order MicroPython's module table lists them.
var hashAlgorithms = []struct {
	name string
	make func() hash.Hash
	t    *py.Type
}{
	{name: "sha256", make: sha256.New},
	{name: "sha1", make: sha1.New},
	{name: "md5", make: md5.New},
}

func (o *hashObject) checkNotFinal() error {
	if o.final {
		return mpy.NewException(py.ValueError, py.String("hash is final"))
	}
	return nil
}

func (o *hashObject) update(data py.Object) error {
	if err := o.checkNotFinal(); err != nil {
		return err
	}
	b, err := bufferArg(data)
	if err != nil {
		return err
	}
	o.h.Write(b)
	return nil
}

func init() {
	globals := py.StringDict{}
	for i := range hashAlgorithms {
		alg := &hashAlgorithms[i]
		var t *py.Type
		t = py.NewTypeX(alg.name, "", func(_ *py.Type, args py.Tuple, kw py.StringDict) (py.Object, error) {
			if err := noKeywords(kw); err != nil {
				return nil, err
			}
			if err := argCount(args, 0, 1); err != nil {
				return nil, err
			}
			o := &hashObject{t: t, h: alg.make()}
			if len(args) == 1 {
				if err := o.update(args[0]); err != nil {
					return nil, err
				}
			}
			return o, nil
		}, nil)
		t.Dict["update"] = py.MustNewMethod("update", func(self py.Object, args py.Tuple) (py.Object, error) {
			if len(args) != 1 {
				return nil, py.ExceptionNewf(py.TypeError, "function takes 2 positional arguments but %d were given", len(args)+1)
			}
			return py.None, self.(*hashObject).update(args[0])
		}, 0, "")
		t.Dict["digest"] = py.MustNewMethod("digest", func(self py.Object, args py.Tuple) (py.Object, error) {
			if len(args) != 0 {
				return nil, py.ExceptionNewf(py.TypeError, "function takes 1 positional arguments but %d were given", len(args)+1)
			}
			o := self.(*hashObject)
			if err := o.checkNotFinal(); err != nil {
				return nil, err
			}
			o.final = true
			return mpy.NewBytes(o.h.Sum(nil)), nil
		}, 0, "")
		t.Ready()
		alg.t = t
		globals[alg.name] = t
	}
	mpy.RegisterModule(&py.ModuleImpl{Info: py.ModuleInfo{Name: "hashlib"}, Globals: globals})
	mpy.RegisterModuleSetup("hashlib", func(it *mpy.Interp, m *py.Module) {
		board, ok := it.Device().(HashAlgorithms)
		if !ok {
			return
		}
		keep := map[string]bool{}
		for _, n := range board.HashAlgorithms() {
			keep[n] = true
		}
		for _, alg := range hashAlgorithms {
			if !keep[alg.name] {
				delete(m.Globals, alg.name)
			}
		}
	})
}
