# The usage example of uOTA's README, around a small application.
import uota
import machine

import app
from connect_wifi import connect_wifi

with open("version") as f:
    print("running version", f.read().strip())
app.main()

connect_wifi()
do_ota_update = True
if do_ota_update and uota.check_for_updates():
    uota.install_new_firmware()
    machine.reset()
