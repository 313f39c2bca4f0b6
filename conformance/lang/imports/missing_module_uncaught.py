print("importing")
import ota_config_that_does_not_exist
