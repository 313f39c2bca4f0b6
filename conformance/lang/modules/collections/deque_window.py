# A moving average of download speed over the last 4 samples.
from collections import deque

window = deque((), 4)
for speed in (100, 200, 300, 400, 500, 600, 50):
    window.append(speed)
    print(speed, sum(window) // len(window), len(window))
print(list(window), window[0], window[len(window) - 1])
