import ota

ota.boot()
