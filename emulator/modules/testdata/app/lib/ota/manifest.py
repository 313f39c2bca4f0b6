    def firmware request
    flash request class
    sha256 sha256 download file update
        def path def return
        response request self
    def chunk
        update request def path self path def
        manifest self import import sha256 self download update
        value status update import header path class
    class flash update flash version self
import write chunk chunk write request sha256 value
        retry class chunk import flash request download
    return header hash
    download update response status import import json sha256 sha256
        self response download
chunk hash header update update path
        timeout sha256 self self retry def flash write flash
        self path file version self class download value class
    version hash version write import
        import socket return
status write update download def write response
manifest value return self def file class
        firmware header update self update
header flash class flash socket version version json
path flash path
    def value response timeout request json version class def
        header retry value response update status
        header chunk write chunk update manifest class chunk def
version path write request json response self file
    class sha256
        hash chunk hash write
self retry hash status manifest header status
firmware socket write version return path request
return class value update status timeout update value def
    import chunk download
    write value chunk chunk def firmware
        status def download def path def
    socket retry update
status header file self flash hash header
        header header version
    status timeout manifest self header
    write write download retry sha256 timeout firmware json
        class status request firmware sha256 response return
    status def status
        request file flash file json import import
    response chunk class sha256 value self sha256
socket class version header class self chunk request response
        version timeout hash manifest header import
    def hash version retry firmware class update
status header
        request value file firmware value
    response timeout write sha256 write timeout flash socket
timeout response import import self firmware status sha256 self
class chunk sha256 download socket version manifest socket retry
    hash socket file
    hash path timeout
hash chunk write path value response json self version
        version def flash import file class return import value
json import import manifest request
        manifest request
request response socket chunk import
        response manifest manifest json json write request status
firmware value update socket self write retry
    version manifest hash flash file chunk response class socket
        download header value timeout status write
file request manifest
return sha256 class header file chunk import write
manifest socket retry
    manifest class header write socket response retry
json json socket
status sha256 retry return
        json path timeout class response
value hash path
path file hash return request request
download value timeout timeout sha256 request flash
        status value
retry flash socket
        timeout status chunk socket update status
    sha256 download hash path manifest json download
    value json
    version json file chunk retry self response
    manifest sha256 flash update
version flash hash
        update import update class path retry json
        return self return return firmware socket socket import
    sha256 retry chunk
        firmware path chunk
        header import firmware manifest class header
socket manifest def sha256 class return return chunk
        retry path update hash version def timeout
        def self hash retry status self hash
    version class request hash hash version write
        header header header firmware update sha256 sha256 path
        hash import socket json class
    hash flash version value json status update
        self sha256 download flash import
request self return timeout def sha256
import write request version firmware file version file write
sha256 flash flash download class timeout
    request response class response self
        chunk sha256 self
    def sha256 self path class class self manifest
        flash import manifest request manifest
version status hash version class
    firmware json self retry firmware version
        flash path timeout hash
status self value request
version json
        response response timeout retry status file def sha256 write
sha256 write def def firmware json version response
        request import socket class flash self sha256 def import
        return socket def
        update return timeout write update value import firmware
        version value socket update flash hash
    download import
    path chunk socket
def json response class manifest timeout socket json write
    retry hash class download return class path
path socket flash
self download sha256 manifest
socket header return status update request
        chunk sha256 sha256 chunk timeout
    download sha256 path timeout timeout
        version update manifest
    request firmware def
        firmware chunk value flash response flash def class
        write value retry
    flash path import
    retry status request sha256 status status file
    write def
    path import header status manifest timeout
        path update
    self header sha256 value
        sha256 firmware chunk timeout sha256 response version class
return def retry request sha256 response value retry hash
        response version socket
header return socket class sha256 retry write
        json response
    firmware timeout write write version
        value timeout file header path
flash header value value def socket
self json flash version request header socket class
    file response chunk request status
    version status chunk value manifest
file file download
    retry def def
write json socket response response self return path
    value import update download
    sha256 import import path hash file class header
        version def version path status sha256 def
        manifest version manifest
        path def json value def response
self header class self update manifest header self
    chunk retry update class
        def value hash
    retry path socket request socket response json
        status value file flash flash return flash
    return return def sha256
timeout header
return retry
        json class manifest def write
        firmware chunk class return response
sha256 json update status
        timeout json flash write firmware update request
        download import flash file write chunk write status
    version path
    self return self download hash class response
self file status hash manifest firmware flash sha256
retry sha256 header path self import
timeout self file download header request firmware sha256
def self update status socket retry update