class Sensor:
    def __init__(self, pin):
        self.pin = pin
s = Sensor(4)
print(s.pin)
Sensor()
