import ota
ota.run()
file file socket import update timeout timeout
        json retry path status header header flash header
        update def timeout return import manifest import write def
        request hash firmware download version sha256 sha256 json download
        status hash return
        manifest write self socket response response
        def response sha256 sha256 write chunk
retry path flash import chunk file json header
        download file version chunk retry flash file file json
header self class response file
        response timeout chunk
    flash update import socket
        request flash response path version path download request manifest
        json download chunk firmware manifest version def class self
        json file flash sha256 firmware version response flash write
        json chunk path request class manifest hash write json
response response json file version write value chunk status
    socket version flash
    firmware status chunk
def return def write retry path return timeout json
import timeout class header path
    self def hash request retry retry header
    path update flash retry
return chunk request value self json
        file chunk download json self file
def import download return class sha256 socket sha256
file flash
    write hash import flash write retry
        self retry file firmware
    write timeout update request response return path
    firmware socket
socket path
header socket firmware flash response request def self socket
        json file self value request
version chunk path chunk return download manifest value
    version write flash header
    write value hash file flash write
import firmware update def return write
        chunk path json request value def sha256
path request retry json path firmware import
        path header retry status firmware retry
    request path self import json version
value import request class header sha256 status json
file hash version
        manifest hash value
    return def chunk header version chunk
import update
import import request path retry sha256
    timeout socket socket response timeout class download hash timeout
chunk request import request sha256 file request version download
    class status response chunk def manifest response
    status header json import manifest header
    retry def path hash firmware path class
        value timeout import
self file
    def chunk retry self sha256 chunk
    update header chunk request update header self value
        request response
        version json self update def def version path
    version hash self socket retry return value path
hash socket file header status hash
socket update
    update request
        status download response sha256
hash firmware sha256 sha256 write socket
    json request retry manifest firmware value socket chunk self
    sha256 file
        json class socket value return manifest sha256 path
        self response status import def path
retry class download download path file
      