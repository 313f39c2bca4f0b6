# A device that counts its boots in a file, writes a log, resets itself twice, then finishes.
import machine

try:
    with open("boots.txt") as f:
        boots = int(f.read())
except OSError:
    boots = 0
boots += 1
with open("boots.txt", "w") as f:
    f.write(str(boots))
with open("log.txt", "a") as f:
    f.write("boot %d cause %d\n" % (boots, machine.reset_cause()))
print("boot", boots, "reset cause", machine.reset_cause())
if boots < 3:
    print("resetting")
    machine.reset()
print("done after", boots, "boots")
