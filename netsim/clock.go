package netsim

import (
	"container/heap"
	"sync"
	"time"
)

// RTCUnset is the time a MicroPython board reports before its RTC is set (2000-01-01 00:00:00
// UTC). Certificates are never valid then, so a device that verifies TLS with an unset clock
// fails exactly as a real board does.
var RTCUnset = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)

// never is the arrival time of bytes that will never arrive (a stalled stream).
const never = time.Duration(1<<63 - 1)

// settler is something whose goroutines must finish reacting before the clock may move: the
// Network. Clock calls it, never the other way round while holding the clock's lock.
type settler interface {
	// settle blocks (in wall time) until no goroutine of the settler can make progress at the
	// current virtual time.
	settle()
	// nextEvent returns the earliest virtual time after now at which something is scheduled.
	nextEvent(now time.Duration) (time.Duration, bool)
	// advanced is called after the clock moved to now.
	advanced(now time.Duration)
}

// Clock is the virtual clock of one emulated world: the device and its network share it. It
// starts at zero (boot) and moves only when the device goroutine calls Advance, AdvanceTo or
// Sleep, or when a blocking network operation waits for data or a timeout. Before every move it
// lets the network settle, and it steps through every scheduled event on the way, so servers
// react to each arrival at its own virtual time. It is safe to read from any goroutine.
type Clock struct {
	mu       sync.Mutex
	now      time.Duration
	epoch    time.Time // wall-calendar time at now == 0
	timers   timerHeap
	seq      uint64
	settlers []settler
}

// NewClock returns a clock at virtual time zero whose calendar (Time) starts at epoch. Pass
// RTCUnset for a board whose RTC has not been set.
func NewClock(epoch time.Time) *Clock {
	return &Clock{epoch: epoch}
}

// Now returns the virtual time since the world booted.
func (c *Clock) Now() time.Duration {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

// Time returns the calendar time of the board's RTC: the epoch plus Now.
func (c *Clock) Time() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.epoch.Add(c.now)
}

// Epoch returns the calendar time corresponding to virtual time zero.
func (c *Clock) Epoch() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.epoch
}

// SetTime sets the RTC so that Time returns t now (as machine.RTC().datetime(...) or ntptime
// do); virtual time itself does not jump.
func (c *Clock) SetTime(t time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.epoch = t.Add(-c.now)
}

// Sleep advances the clock by d; it is Advance under the name device code thinks in.
func (c *Clock) Sleep(d time.Duration) { c.Advance(d) }

// Advance moves the clock forward by d (nothing happens for d <= 0).
func (c *Clock) Advance(d time.Duration) {
	if d <= 0 {
		c.settle()
		return
	}
	c.AdvanceTo(c.Now() + d)
}

// AdvanceTo moves the clock forward to virtual time t, stopping at every scheduled event on
// the way (arrivals, timers, Wi-Fi transitions) so each fires at its own time. Only the device
// goroutine may call it.
func (c *Clock) AdvanceTo(t time.Duration) {
	for {
		c.settle()
		next, ok := c.NextEvent()
		if !ok || next > t {
			break
		}
		c.step(next)
	}
	if t > c.Now() {
		c.step(t)
	}
	c.settle()
}

// NextEvent returns the earliest scheduled virtual time after Now (a timer, a byte arriving, a
// Wi-Fi transition), and false if nothing is scheduled.
func (c *Clock) NextEvent() (time.Duration, bool) {
	c.mu.Lock()
	now := c.now
	best, found := never, false
	if len(c.timers) > 0 {
		best, found = c.timers[0].at, true
	}
	settlers := append([]settler(nil), c.settlers...)
	c.mu.Unlock()
	for _, s := range settlers {
		if at, ok := s.nextEvent(now); ok && at < best {
			best, found = at, true
		}
	}
	return best, found
}

// AfterFunc schedules f to run in the device goroutine when the clock reaches Now()+d. Timers
// at the same instant run in the order they were scheduled.
func (c *Clock) AfterFunc(d time.Duration, f func()) *Timer {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.seq++
	t := &Timer{c: c, at: c.now + max(d, 0), seq: c.seq, f: f, index: -1}
	heap.Push(&c.timers, t)
	return t
}

// Timer is a callback scheduled on the virtual clock by AfterFunc.
type Timer struct {
	c     *Clock
	at    time.Duration
	seq   uint64
	f     func()
	index int
}

// Stop cancels the timer; it reports whether the timer was still pending.
func (t *Timer) Stop() bool {
	t.c.mu.Lock()
	defer t.c.mu.Unlock()
	if t.index < 0 {
		return false
	}
	heap.Remove(&t.c.timers, t.index)
	return true
}

func (c *Clock) addSettler(s settler) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.settlers = append(c.settlers, s)
}

func (c *Clock) settle() {
	c.mu.Lock()
	settlers := append([]settler(nil), c.settlers...)
	c.mu.Unlock()
	for _, s := range settlers {
		s.settle()
	}
}

// step moves to t (which is after now), runs due timers, then tells the settlers.
func (c *Clock) step(t time.Duration) {
	c.mu.Lock()
	if t > c.now {
		c.now = t
	}
	var due []*Timer
	for len(c.timers) > 0 && c.timers[0].at <= c.now {
		due = append(due, heap.Pop(&c.timers).(*Timer))
	}
	now := c.now
	settlers := append([]settler(nil), c.settlers...)
	c.mu.Unlock()
	for _, s := range settlers {
		s.advanced(now)
	}
	for _, tm := range due {
		tm.f()
	}
}

type timerHeap []*Timer

func (h timerHeap) Len() int { return len(h) }
func (h timerHeap) Less(i, j int) bool {
	if h[i].at != h[j].at {
		return h[i].at < h[j].at
	}
	return h[i].seq < h[j].seq
}
func (h timerHeap) Swap(i, j int) {
	h[i], h[j] = h[j], h[i]
	h[i].index = i
	h[j].index = j
}
func (h *timerHeap) Push(x any) {
	t := x.(*Timer)
	t.index = len(*h)
	*h = append(*h, t)
}
func (h *timerHeap) Pop() any {
	old := *h
	t := old[len(old)-1]
	old[len(old)-1] = nil
	*h = old[:len(old)-1]
	t.index = -1
	return t
}
