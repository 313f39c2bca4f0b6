import ota
ota.boot()
