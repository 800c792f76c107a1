#!/bin/bash
# Makes the upgrade fixture with the previous release (main at the commit in $PREV_COMMIT), through REST and the console.
set -uo pipefail
DIST=$1; OUT=$2
rm -rf /tmp/fixture/run && mkdir -p /tmp/fixture/run && cd /tmp/fixture/run
tar xzf "$DIST" && cd guanai-karaf-1.0.0-SNAPSHOT
HTTP=$(python3 -c 'import socket;s=socket.socket();s.bind(("",0));print(s.getsockname()[1])')
SSH=$(python3 -c 'import socket;s=socket.socket();s.bind(("",0));print(s.getsockname()[1])')
R1=$(python3 -c 'import socket;s=socket.socket();s.bind(("",0));print(s.getsockname()[1])')
R2=$(python3 -c 'import socket;s=socket.socket();s.bind(("",0));print(s.getsockname()[1])')
echo "org.osgi.service.http.port = $HTTP" >> etc/org.ops4j.pax.web.cfg
sed -i "s/^sshPort *=.*/sshPort = $SSH/" etc/org.apache.karaf.shell.cfg
sed -i "s/^rmiRegistryPort *=.*/rmiRegistryPort = $R1/;s/^rmiServerPort *=.*/rmiServerPort = $R2/" etc/org.apache.karaf.management.cfg
PW='fixture-passphrase-2026'
GUANAI_PASSWORD=$PW bin/guanai-user-add admin >/dev/null
GUANAI_PASSWORD=$PW bin/guanai-user-add wangli township,ssh >/dev/null
bin/start
for i in $(seq 1 100); do c=$(curl -s -o /dev/null -w '%{http_code}' -u admin:$PW "localhost:$HTTP/api/v1/persons?limit=1"); [ "$c" = 200 ] && break; sleep 3; done
sleep 5
A="-u admin:$PW"; J="-H Content-Type:application/json"; B="localhost:$HTTP/api/v1"
post() { curl -s -f $A $J "$B$1" -d "$2" | python3 -c "import json,sys; print(json.load(sys.stdin)[\"id\"])" || { echo "FAILED POST $1" >&2; exit 1; }; }
ids() { python3 -c "import sys; sys.path.insert(0,'/tmp/fixture'); from ids import idn; print(idn('$1','$2',$3))"; }
PEOPLE=""
for n in 1 2 3; do
  h=$(post /households "{\"villageCode\":\"430621100201\",\"householdKey\":\"SJ-00$n\",\"headName\":\"升级户$n\",\"address\":\"古洲湾村${n}组\",\"hardship\":$([ $n = 2 ] && echo true || echo false),\"migrantMembers\":[{\"name\":\"升级夫$n\",\"relation\":\"HUSBAND\",\"workProvince\":\"广东省\",\"workCity\":\"东莞市\",\"employer\":\"东莞某电子厂\",\"phone\":\"1380013800$n\",\"awaySince\":\"2021-03-01\",\"homeFrequency\":\"YEARLY\"}]}")
  w=$(post /persons "{\"name\":\"升级妇$n\",\"idNumber\":\"$(ids 1985021$n 0$n True)\",\"phone\":\"1391234567$n\",\"householdId\":$h,\"categories\":[\"LEFT_BEHIND_WOMAN\"]}")
  c=$(post /persons "{\"name\":\"升级娃$n\",\"idNumber\":\"$(ids 2015030$n 1$n False)\",\"householdId\":$h,\"categories\":[\"LEFT_BEHIND_CHILD\"],\"schoolStage\":\"PRIMARY\"}")
  e=$(post /persons "{\"name\":\"升级老$n\",\"idNumber\":\"$(ids 1950010$n 2$n True)\",\"householdId\":$h,\"categories\":[\"LEFT_BEHIND_ELDERLY\"]}")
  g=$(post /guardianships "{\"childId\":$c,\"guardianId\":$w,\"relation\":\"MOTHER\",\"capacity\":\"GOOD\",\"since\":\"2021-03-01\"}")
  PEOPLE="$PEOPLE $w $c $e"
  [ $n = 1 ] && FIRST=$w
done
site=$(post /sites '{"kind":"CHILDRENS_HOME","name":"升级留守儿童之家","villageCode":"430621100201","openedOn":"2019-06-01","remoteEducationStation":true,"parentsSchool":false,"contactName":"周老师","contactPhone":"13700001234"}')
team=$(post /teams "{\"name\":\"升级服务队\",\"siteId\":$site,\"description\":\"村级服务队\"}")
vol=$(post /volunteers "{\"name\":\"升级志愿者\",\"kind\":\"PROFESSIONAL_VOLUNTEER\",\"profession\":\"教师\",\"phone\":\"13600001111\",\"teamId\":$team}")
rec=$(post /service-records "{\"kind\":\"VISIT\",\"date\":\"2026-10-01\",\"siteId\":$site,\"teamId\":$team,\"personIds\":[$FIRST],\"summary\":\"国庆家访\"}")
curl -s -f $A $J -X PUT "$B/users/wangli/divisions" -d '{"divisions":["430621100"]}' >/dev/null
curl -s -f -u wangli:$PW "$B/persons?limit=5" >/dev/null
curl -s -f $A "$B/persons/$FIRST?unmask=true&reason=fixture" >/dev/null
echo "feature:install guanai-health" | bin/client -a $SSH -u admin -p $PW -b >/dev/null 2>&1
for i in $(seq 1 60); do c=$(curl -s -o /dev/null -w '%{http_code}' $A "$B/health/checks?limit=1"); [ "$c" = 200 ] && break; sleep 2; done
camp=$(post /health/campaigns '{"kind":"TWO_CANCERS","year":2026,"startsOn":"2026-03-01","endsOn":"2026-11-30","providerName":"县妇幼保健院","providerKind":"MCH_STATION","townshipCodes":["430621100"]}')
chk=$(post /health/checks "{\"personId\":$FIRST,\"campaignId\":$camp,\"checkedOn\":\"2026-04-10\",\"result\":\"REFERRED\",\"findings\":\"宫颈细胞学异常\",\"referralTarget\":\"市中心医院妇科\",\"followUpDue\":\"2026-05-10\"}")
NAME=$(curl -s $A "$B/persons/$FIRST?unmask=true&reason=fixture" | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["name"]); print(d["idNumber"])')
bin/stop
for i in $(seq 1 60); do ps -p $(cat karaf.pid) >/dev/null 2>&1 || break; sleep 2; done
echo "FIRST=$FIRST"; echo "$NAME"
{ echo "# Records the previous release wrote (see README.md beside this file)"
  echo "prefix = 升级"
  echo "persons.named = 9"
  echo "person.id = $FIRST"
  echo "person.name = $(echo "$NAME" | sed -n 1p)"
  echo "person.idNumber = $(echo "$NAME" | sed -n 2p)"
  echo "user = wangli"
  echo "user.division = 430621100"
} | python3 -c 'import sys; sys.stdout.write("".join(c if ord(c) < 128 else "\\u%04x" % ord(c) for c in sys.stdin.read()))' > "$OUT.properties"
echo "$PWD/data/guanai/derby"
