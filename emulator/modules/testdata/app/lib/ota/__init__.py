        hash path version manifest class status retry request
manifest manifest path manifest
    download firmware status socket
chunk sha256 json header header path value status file
hash path self value
file request response
        sha256 return
    firmware path self timeout timeout update
hash flash import
        download version timeout
    sha256 flash flash
sha256 request write retry sha256
header return json
    version header request update value hash
    hash status request flash download hash value
update response sha256 header json sha256 chunk json retry
    self write status retry request
        chunk version hash import
    write version self path socket version
self path header import version manifest retry
    download def path response hash request chunk hash
request socket request header path file firmware chunk sha256
        class download status value def version path
        self hash retry socket timeout chunk
    hash def class header update socket import request version
    header firmware
    timeout socket sha256 return path response
import self
    write firmware timeout request value
        return retry chunk response file request
        import def version chunk
path status file update
    hash sha256 hash timeout flash version flash
    class socket flash self def flash
    header write firmware sha256 version file
        manifest firmware retry class chunk return status status
        flash timeout return file file timeout
    hash request hash sha256 value return path json value
    socket import timeout firmware def write update firmware
    file firmware json version
        self path request hash sha256 socket download path timeout
        self timeout path response self
        self json json request
        json request
json manifest value self version path
        self write value value response class header
chunk socket timeout flash
        manifest update
        path return write request status chunk self
    response file class flash
import sha256
        hash header def value file firmware
request chunk firmware value update update request flash
value path chunk status chunk write sha256
        manifest socket status write path
        return firmware status firmware import header return sha256 response
        import value firmware socket
    chunk def path self socket
        manifest status sha256 download def flash
        version sha256 flash self import json self path update
    download timeout socket retry class response request path hash
    write write sha256
        version manifest class
return file
    download json socket
        timeout flash path def self hash self def import
    value path version
status return
        status hash response
flash update hash response write response
update file hash chunk class flash update timeout
firmware header import retry flash retry download flash file
firmware download status class file write json self manifest
version header chunk status retry def sha256
        file import retry sha256
path value write
    json import json
    def update firmware class version header json value
        sha256 return version value class firmware
        write path request
response write file socket class firmware socket
        class manifest return value socket return version firmware def
    flash version
path socket file retry
        flash class path sha256 update
        write return update class def chunk download path
request timeout value value update value path firmware file
    version socket socket value write return def sha256
retry file header update
    request json hash value
    self def download
socket chunk request retry hash file sha256 return status
        socket version
download update manifest
        manifest status path def
status value response write retry import update
        header value timeout file request flash import return self
self chunk version def write timeout
    download socket socket def
    import update hash
    download version write
    version write status timeout chunk flash
    value import timeout path def firmware firmware
        response header download update response request
    json import update download
socket path download firmware timeout path manifest
        response version sha256 write update value file manifest
manifest value chunk request retry
download socket flash request class timeout manifest status class
        path manifest chunk update response socket path
        json request timeout file sha256 sha256
    def chunk file chunk download
        json update path retry download sha256 status
update firmware value
    flash value chunk file firmware sha256 def path
import firmware download
timeout sha256 socket file socket import chunk update hash
    import return
    write socket chunk import
        firmware json path
    timeout value import return sha256 update self
    import path json chunk header self return def request
    return write flash class write flash sha256 status
chunk value
    version response path
        chunk import sha256 value def
version header json chunk json import
        sha256 header return chunk socket
hash chunk timeout retry manifest update
        file chunk version class
        file write manifest chunk status version
value sha256 file manifest version manifest import timeout update
timeout timeout hash response hash
        request hash download
        timeout write timeout download request import sha256 chunk
        retry hash retry download sha256 def header sha256 download
        json version json flash def sha256 chunk
    timeout def
        path path json class import header
    version download manifest response version def firmware firmware
update value class
        timeout path write import request timeout path
        manifest self
update import response return import json json return
        class self write path status def header header
    sha256 path request json write firmware class chunk
    version socket path value
        response class return write retry chunk flash write
        json def manifest header
chunk firmware version status
    firmware hash value header
        def import firmware write download return
    return def sha256 retry request return version path
hash version return manifest path
        path return response
path sha256 json json self value self firmware path
    download version retry
        sha256 firmware firmware header value sha256 flash return socket
        timeout manifest json json
        path sha256
flash socket class manifest self version
    json response import firmware manifest import version request
    flash hash manifest
    response class return manifest
    firmware socket firmware
        def hash
socket hash
flash file chunk request hash path
        class sha256 request retry response
    response chunk class socket socket hash sha256 firmware path
    json download path header return socket socket
write request class socket timeout class flash self
        download import response socket sha256 import version import update
    socket firmware version firmware write
        import class
        sha256 value download json socket self firmware response timeout
    manifest header chunk manifest
    path chunk firmware return download download sha256 firmware
        version header hash response update status json status json
    firmware status version
write value update
        manifest timeout chunk write write
status manifest response return socket class
    hash response json return header download file file chunk
        chunk return import response request version import
        file self
json retry hash update version timeout request
    request manifest
header flash version write file header
        header path self
    download def value download return timeout
    header path response def status path def return
response class
        socket self def def flash class header
write header class
flash firmware update class
    class firmware class manifest file file flash write response
        chunk response download
manifest download update
    return def value
file update class class manifest
def def manifest value download
return chunk flash import hash sha256 value retry update
self chunk write
json self header
        flash def hash json flash timeout status value retry
        firmware timeout file return
        firmware flash class self flash
        file chunk import
    self retry timeout
        manifest flash def
        flash hash hash version path hash class chunk
    hash import download flash chunk
        hash retry write firmware
    self version import
    download version update status
    json self file json value retry def request
        def file status response
self socket self def status manifest
value file update write response def json request
        class download class socket import path file
        def manifest import hash import write path class import
status socket self hash value
    status chunk status firmware socket flash file
download response class socket file self import response retry
    value import firmware
        download class write class def value self
header response retry download timeout hash firmware version
flash manifest header download
    class return firmware status sha256 import class
        chunk firmware
        return status response header flash return socket import value
    update socket sha256 return chunk
    class timeout path socket chunk path def
version firmware import download return class firmware
        self value
    value import
    def sha256 response import
path self timeout socket version import
        manifest import retry def file
file download status socket return
json self status import status self value
response json json file request
        firmware flash json json path write flash download
response def sha256 manifest value manifest
    manifest request self version self header write
    return socket response value timeout json
        manifest version status socket write download download class version
        return update timeout update download status class request sha256
    manifest retry
    write def retry chunk class hash chunk
    update firmware file write json
        download path flash write
timeout header
        manifest version manifest download timeout manifest json class
value def hash chunk path update self chunk download
        flash hash
    sha256 return chunk status manifest path class flash
        class request update retry
    json value class retry
        chunk retry hash update status response timeout flash return
def header
        chunk request def def value header file json self
flash def
timeout self timeout file version manifest value flash
        class response download status
version firmware return write header write
    json download version firmware value socket firmware import
    write write timeout value return manifest return response sha256
manifest write socket json timeout request
    self socket sha256 value return path retry retry class
value return self status chunk
        file chunk retry value value write return update
        header import value retry version
        return sha256 request def request self socket status header
        self timeout value class flash manifest value
    hash flash retry file firmware flash import flash
        firmware manifest hash self chunk json class response
    hash def return return manifest sha256
        chunk class retry chunk sha256 socket
        hash status header class def write
        response file hash import manifest path
import firmware
json json sha256
    version header
        path response
file status return timeout hash socket header response timeout
    def return class
response manifest version manifest download return sha256
flash sha256 status request update timeout socket
        header return cla