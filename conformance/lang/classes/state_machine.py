class Updater:
    IDLE, CHECKING, DOWNLOADING, DONE = range(4)
    NAMES = ("IDLE", "CHECKING", "DOWNLOADING", "DONE")
    def __init__(self):
        self.state = self.IDLE
        self.history = []
    def go(self, new):
        self.history.append((self.NAMES[self.state], self.NAMES[new]))
        self.state = new
    def run(self, has_update):
        self.go(self.CHECKING)
        if has_update:
            self.go(self.DOWNLOADING)
        self.go(self.DONE)
        return self
for flag in (False, True):
    u = Updater().run(flag)
    print(flag, u.NAMES[u.state], u.history)
