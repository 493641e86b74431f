## Okvir sajta
site-name = Twinning
language-name = Srpski
og-locale = sr_RS
skip-to-content = Pređite na sadržaj
language-switcher = Jezik
breadcrumbs = Nalazite se ovde
footer-about = Twinning — softver otvorenog koda za projekte bratimljenja gradova.
footer-api = Otvoreni podaci: API i njegov opis

## Greške
error-field = Problem se odnosi na:
error-home-link = Idite na početnu stranicu
error-400-help = Nešto u adresi nije u redu. Proverite je i pokušajte ponovo.
error-404-help = Na ovoj adresi nema ničega. Možda je pogrešno upisana ili je stranica premeštena.
error-405-help = Ova adresa ne može da se koristi na taj način.
error-500-help = Došlo je do greške na našoj strani. Greška je zabeležena; pokušajte ponovo kasnije.
error-503-help = Servis trenutno ne može da pristupi svojoj bazi podataka. Pokušajte ponovo za nekoliko minuta.
error-route-not-found = Stranica nije pronađena
error-route-method-not-allowed = Nije dozvoljeno
error-project-not-found = Projekat nije pronađen
error-event-not-found = Susret nije pronađen
error-item-not-found = Stavka programa nije pronađena
error-town-not-found = Grad nije pronađen
error-venue-not-found = Mesto održavanja nije pronađeno
error-query-lang-invalid = Nepoznat jezik
error-query-lang-repeated = Jezik je naveden dva puta
error-request-too-large = Previše podataka
error-request-timeout = Ovo je trajalo predugo
error-408-help = Priprema odgovora je trajala predugo. Pokušajte ponovo.
error-413-help = Poslati podaci su veći od onoga što ova adresa prihvata.
error-server-error = Greška na serveru
error-server-database-unavailable = Privremeno nedostupno

## Početna stranica
home-title = Projekti bratimljenja gradova
home-intro = Partnerski gradovi, njihovi susreti i programi i ljudi koji ih povezuju.
home-projects = Projekti
home-no-projects = Još nije objavljen nijedan projekat.

## Projekti
project-period = Trajanje
project-status = Status
project-lead = Vodeći partner
project-all-partners = Svi partneri
project-events = Susreti
project-twinnings = Sporazumi između partnerskih gradova
funding-programme = Program finansiranja
funding-strand = Komponenta
funding-measure = Mera
status-planned = Planiran
status-running = U toku
status-completed = Završen
status-cancelled = Otkazan
partner-count = { $count ->
    [one] { $count } partner
    [few] { $count } partnera
   *[other] { $count } partnera
} iz { $countries ->
    [one] { $countries } zemlje
    [few] { $countries } zemlje
   *[other] { $countries } zemalja
}
role-lead = Vodeći partner
role-partner = Partner
role-associated = Pridruženi partner

## Partneri
partners-title = Partneri
partners-caption = Partnerski gradovi projekta i njihove uloge
partners-town = Grad
partners-country = Zemlja
partners-role = Uloga
partners-organisation = U ime grada
illustrative-badge = Ilustrativno:
illustrative-mark = ilustrativno
illustrative-time-title = Tačno vreme je ilustrativno: izvor navodi samo dan.

## Bratimljenja
twinning-twin = Bratski gradovi
twinning-partnership = Partnerstvo
twinning-friendship = Sporazum o prijateljstvu
twinning-memorandum_of_cooperation = Memorandum o saradnji
twinning-between = { $kind }: { $a } i { $b }
twinning-between-since = { $kind }: { $a } i { $b }, { $since }
twinning-since = od { $date }
twinning-signed-at = potpisano tokom susreta
twinning-document = dokument

## Susreti
event-dates = Datumi
event-host = Grad domaćin
event-zone = Vremenska zona
event-days = Po danima
event-venues = Mesta održavanja
event-see-programme = Pogledajte program

## Program
programme-title = Program
programme-description = Program po danima: { $event }.
programme-ics = Dodajte u kalendar (.ics)
programme-days-nav = Dani
programme-day-empty = Za ovaj dan još ništa nije planirano.
programme-day-number = { $number }. dan
programme-item-count = { $count ->
    [one] { $count } stavka programa
    [few] { $count } stavke programa
   *[other] { $count } stavki programa
}
item-capacity = { $count ->
    [one] { $count } mesto
    [few] { $count } mesta
   *[other] { $count } mesta
}
item-when = Kada
item-where = Gde
item-audience = Za koga
item-hosts = Domaćini i govornici
item-languages = Jezici
item-event = U okviru
audience-delegates = Delegacije
audience-public = Otvoreno za javnost

kind-arrival = Dolazak
kind-sightseeing = Razgledanje
kind-official_meeting = Zvanični sastanak
kind-presentation = Prezentacija
kind-signing = Potpisivanje
kind-conference = Konferencija
kind-lecture = Predavanje
kind-debate = Debata
kind-group_work = Rad u grupama
kind-workshop = Radionica
kind-cultural_evening = Kulturno veče
kind-meal = Obrok
kind-excursion = Izlet
kind-visit = Poseta
kind-ceremony = Svečanost
kind-evaluation = Evaluacija
kind-departure = Odlazak
kind-free_time = Slobodno vreme

## Gradovi i mesta održavanja
town-description = { $town }, { $country }: bratimljenja i projekti.
town-country = Zemlja
town-region = Region
town-population = Broj stanovnika
town-location = Lokacija
town-website = Veb-sajt
town-twinnings = Bratimljenja i sporazumi
town-no-twinnings = Za ovaj grad nije evidentirano nijedno bratimljenje.
town-projects = Projekti
town-no-projects = Ovaj grad ovde još ne učestvuje ni u jednom projektu.
town-organisations = U ime grada
venue-map = mapa
venue-address = Adresa
venue-town = Grad
venue-coordinates = Koordinate
venue-accessibility = Pristupačnost
venue-held-here = Ovde se održava
venue-nothing-held = Ovde ništa nije planirano.

## Datumi (dan, mesec i godina su brojevi; nazivi meseci i dana su u nastavku)
date-day-heading = { $weekday }, { $day }. { $month }
date-long = { $day }. { $month } { $year }.
date-range-month = { $start }.–{ $end }. { $month } { $year }.
date-range = { $start } – { $end }
month-1 = januara
month-2 = februara
month-3 = marta
month-4 = aprila
month-5 = maja
month-6 = juna
month-7 = jula
month-8 = avgusta
month-9 = septembra
month-10 = oktobra
month-11 = novembra
month-12 = decembra
weekday-1 = ponedeljak
weekday-2 = utorak
weekday-3 = sreda
weekday-4 = četvrtak
weekday-5 = petak
weekday-6 = subota
weekday-7 = nedelja

## Jezici (stavki programa)
lang-en = engleski
lang-lv = letonski
lang-ltg = latgalski
lang-lt = litvanski
lang-pl = poljski
lang-de = nemački
lang-sv = švedski
lang-sr = srpski
lang-sr-Cyrl = srpski (ćirilica)
lang-sr-Latn = srpski (latinica)
lang-it = italijanski
lang-ru = ruski
lang-fr = francuski
lang-es = španski

## Zemlje
country-AL = Albanija
country-AT = Austrija
country-BA = Bosna i Hercegovina
country-BE = Belgija
country-BG = Bugarska
country-BY = Belorusija
country-CH = Švajcarska
country-CY = Kipar
country-CZ = Češka
country-DE = Nemačka
country-DK = Danska
country-EE = Estonija
country-ES = Španija
country-FI = Finska
country-FR = Francuska
country-GB = Ujedinjeno Kraljevstvo
country-GR = Grčka
country-HR = Hrvatska
country-HU = Mađarska
country-IE = Irska
country-IS = Island
country-IT = Italija
country-LI = Lihtenštajn
country-LT = Litvanija
country-LU = Luksemburg
country-LV = Letonija
country-MD = Moldavija
country-ME = Crna Gora
country-MK = Severna Makedonija
country-MT = Malta
country-NL = Holandija
country-NO = Norveška
country-PL = Poljska
country-PT = Portugalija
country-RO = Rumunija
country-RS = Srbija
country-SE = Švedska
country-SI = Slovenija
country-SK = Slovačka
country-TR = Turska
country-UA = Ukrajina
country-XK = Kosovo

## Prijavljivanje i stranica naloga
signin-title = Prijava
signin-submit = Prijavite se
signin-forgot = Zaboravili ste lozinku?
signin-too-many = Previše neuspešnih pokušaja. Radi bezbednosti vašeg naloga sačekajte { $minutes ->
    [one] { $minutes } minut
    [few] { $minutes } minuta
   *[other] { $minutes } minuta
} pa pokušajte ponovo.
signout-submit = Odjavite se
field-email = Adresa e-pošte
field-password = Lozinka
field-name = Ime
field-current-password = Trenutna lozinka
field-new-password = Nova lozinka
field-token-name = Čemu token služi
password-hint = Najmanje 10 znakova. Nekoliko nepovezanih reči čini jaku lozinku koju je lako zapamtiti.
form-error-summary = Ispravite sledeće
form-email-invalid = Unesite adresu e-pošte, na primer ime@example.org.
form-password-required = Unesite lozinku.
form-signin-wrong = Adresa e-pošte ili lozinka nije ispravna.
form-password-current-wrong = Trenutna lozinka nije ispravna.
form-password-too-short = Lozinka mora da ima najmanje 10 znakova.
form-password-too-long = Lozinka može da ima najviše 1024 znaka.
form-token-name-invalid = U nekoliko reči navedite čemu token služi (do 120 znakova).
form-name-invalid = Unesite ime od najviše 120 znakova.
account-title = Vaš nalog
account-roles = Vaši projekti
account-no-roles = Još nemate ulogu ni u jednom projektu. Organizator može da vas pozove.
account-password = Promena lozinke
account-password-submit = Promenite lozinku
account-password-changed = Lozinka je promenjena. Odjavljeni ste na svim ostalim uređajima.
account-sessions = Gde ste prijavljeni
account-sessions-caption = Vaše sesije, počev od poslednje korišćene
account-device = Pregledač ili uređaj
account-last-seen = Poslednje korišćenje
account-actions = Radnje
account-this-session = Ova sesija
account-end-session = Odjavite taj uređaj
account-session-ended = Ta sesija je završena.
account-unknown-device = Nepoznat pregledač
account-tokens = API tokeni
account-tokens-help = Token omogućava skripti da koristi API s vašim ovlašćenjima. Čuvajte ga u tajnosti i opozovite ga kada vam više ne bude potreban.
account-tokens-caption = Vaši API tokeni
account-token-create = Napravite token
account-token-created = Vaš novi token je spreman.
account-token-once = Kopirajte ga odmah: više neće biti prikazan.
account-token-revoked = Token je opozvan.
account-created = Napravljen
account-last-used = Poslednje korišćenje
account-never-used = nikad
account-revoked = opozvan
account-revoke = Opozovite
member-role-organiser = Organizator
member-role-coordinator = Koordinator partnera
member-role-participant = Učesnik
admin-title = Administracija instance
error-session-not-found = Sesija nije pronađena
error-token-not-found = Token nije pronađen
error-request-cross-site = Zahtev je odbijen
error-403-help = Ovaj zahtev je odbijen. Ako ste došli preko linka sa drugog sajta, otvorite ovaj sajt direktno i pokušajte ponovo.
error-form-invalid = Obrazac nije mogao da se pročita

## Upravljanje: projekti, osobe, pozivnice, dnevnik izmena, administracija
manage-title = Upravljanje
manage-your-role = Vaša uloga:
manage-public-page = Javna stranica projekta
field-role = Uloga
field-town = Partnerski grad
people-title = Osobe i uloge
people-caption = Svi koji imaju ulogu u ovom projektu
people-change-role = Promenite
people-revoke = Uklonite iz projekta
people-invite = Pozovite nekoga
people-invite-help = Osoba će dobiti poruku e-pošte sa linkom koji važi 14 dana i može se upotrebiti samo jednom. Pomoću njega može da napravi nalog ili da koristi postojeći.
people-town-hint = Za koordinatore partnera: grad čiju delegaciju prijavljuju.
people-invite-submit = Pošaljite pozivnicu
people-invited = Pozivnica je poslata.
people-role-changed = Uloga je promenjena.
people-revoked = Ta osoba više nema ulogu u ovom projektu.
form-role-invalid = Izaberite ulogu.
form-role-town-required = Koordinator partnera deluje u ime jednog partnerskog grada: izaberite ga.
form-invitation-account-exists = Nalog sa ovom adresom već postoji. Najpre se prijavite, a zatim ponovo otvorite pozivnicu.
form-account-unknown = Ne postoji nalog sa ovom adresom.
form-project-unknown = Izaberite projekat.
audit-title = Dnevnik izmena
audit-empty = Još ništa nije promenjeno.
audit-caption = Ko je šta promenio, počev od najnovijeg
audit-when = Kada
audit-who = Ko
audit-what = Šta
audit-target = Odnosi se na
audit-system = sistem
audit-account-create = nalog napravljen
audit-account-create_admin = administratorski nalog napravljen
audit-account-password_change = lozinka promenjena
audit-account-password_reset = lozinka resetovana
audit-role-set = uloga dodeljena
audit-role-revoke = uloga oduzeta
audit-invitation-create = pozivnica poslata
audit-invitation-accept = pozivnica prihvaćena
audit-token-create = API token napravljen
audit-token-revoke = API token opozvan
invitation-title = Pozivnica
invitation-project = Projekat
invitation-expires = Važi do
invitation-signed-in-as = Prijavljeni ste kao
invitation-accept = Prihvatite pozivnicu
invitation-new-account = Napravite svoj nalog
invitation-create-and-accept = Napravite nalog i prihvatite pozivnicu
invitation-have-account = Već imate nalog?
admin-accounts = Nalozi
admin-accounts-caption = Svi nalozi na ovoj instanci
admin-grant = Postavite nekoga za organizatora
admin-grant-submit = Postavite za organizatora
admin-organiser-granted = Nalog je sada organizator projekta.
admin-mail = Odlazna e-pošta
admin-mail-empty = Još nije poslata nijedna poruka e-pošte.
admin-mail-caption = Najnovije poruke, počev od poslednje
admin-mail-to = Prima
admin-mail-subject = Tema
admin-mail-status = Status
admin-mail-sent = poslato u
admin-mail-waiting = { $attempts ->
    [0] čeka
    [one] čeka, { $attempts } neuspešan pokušaj
    [few] čeka, { $attempts } neuspešna pokušaja
   *[other] čeka, { $attempts } neuspešnih pokušaja
}
error-auth-forbidden = Nije dozvoljeno
error-409-help = Ova izmena bi dovela do stanja koje nije dozvoljeno.
error-member-not-found = Osoba nije pronađena u ovom projektu
error-invitation-invalid = Ova pozivnica ne može da se upotrebi
error-mail-not-found = Poruka nije pronađena
error-role-last-organiser = Projekat mora da ima organizatora
mail-invitation-subject = Pozivnica: { $project }
mail-invitation-body =
    Dobar dan!

    { $inviter } vas poziva u projekat „{ $project }“ na platformi Twinning, sa ulogom: { $role }.

    Da biste prihvatili pozivnicu, otvorite ovaj link (može se upotrebiti samo jednom, do { $date }):
    { $link }

    Ako niste očekivali ovu pozivnicu, možete da zanemarite ovu poruku.

## Resetovanje lozinke
reset-title = Resetovanje lozinke
reset-help = Unesite adresu e-pošte svog naloga. Poslaćemo vam link za izbor nove lozinke.
reset-submit = Pošaljite link
reset-sent = Ako za ovu adresu postoji nalog, link za izbor nove lozinke je na putu. Može se upotrebiti samo jednom, u roku od sat vremena.
reset-new-title = Izaberite novu lozinku
reset-new-submit = Sačuvajte novu lozinku
reset-done = Lozinka je promenjena. Prijavite se novom lozinkom.
error-reset-invalid = Ovaj link ne može da se upotrebi
admin-mail-retry = Pokušajte ponovo sada
mail-reset-subject = Resetovanje lozinke za Twinning
mail-reset-body =
    Dobar dan, { $name }!

    Neko je zatražio resetovanje lozinke vašeg naloga na platformi Twinning. Da biste izabrali novu lozinku, otvorite ovaj link u roku od { $minutes ->
        [one] { $minutes } minuta
        [few] { $minutes } minuta
       *[other] { $minutes } minuta
    } (može se upotrebiti samo jednom):
    { $link }

    Ako to niste bili vi, zanemarite ovu poruku: vaša lozinka ostaje nepromenjena.

## Prevođenje sadržaja projekta
translations-title = Prevodi
translations-help = Koliki deo sadržaja projekta postoji na svakom od njegovih jezika. Kada tekst nedostaje, stranice ga prikazuju na glavnom jeziku projekta, a ako ni njega nema, na engleskom, uz odgovarajuću oznaku.
translations-caption = Polja sa tekstom, po vrsti sadržaja i jeziku
translations-what = Sadržaj
translations-all = Sav sadržaj
translations-cell = { $done } / { $total }
translations-files = Datoteke za prevodioce
translations-files-help = Preuzmite tekstove kao XLIFF datoteku, koju otvaraju alati za prevođenje; otpremite prevedenu datoteku da biste uneli tekstove. Videćete šta se promenilo.
translations-download-missing = Preuzmite ono što nedostaje (XLIFF)
translations-download-all = Preuzmite sve
translations-upload = Prevedena XLIFF datoteka
translations-upload-submit = Otpremite i primenite
translations-add-language = Dodajte jezik
translations-language-code = Kod jezika
translations-language-code-hint = Na primer de, sv, sr-Latn ili it.
translations-add-language-submit = Dodajte jezik
translations-language-added = Jezik je dodat projektu.
translations-editor-help = Svako polje prikazuje svoj tekst na glavnom jeziku projekta; prevod upišite ispod njega. Ako ispraznite polje, njegov prevod se uklanja.
translations-save = Sačuvajte prevode
translations-changed = Šta se promenilo
translations-removed = Uklonjeni prevodi:
translations-report = { $changed ->
    [one] Promenjen je { $changed } tekst
    [few] Promenjena su { $changed } teksta
   *[other] Promenjeno je { $changed } tekstova
}, uklonjeno: { $removed }, nepromenjeno: { $unchanged }, odbijeno: { $rejected }.
translations-unknown-field = { $id }: u ovom projektu ne postoji takvo polje.
translations-group-project = Projekat
translations-group-partner = Partner
translations-group-event = Susret
translations-group-item = Stavka programa
translations-group-venue = Mesto održavanja
translations-group-town = Grad
translations-group-organisation = Organizacija
translations-group-twinning = Sporazum između gradova
translations-field-title = naslov
translations-field-aims = ciljevi
translations-field-programme = program finansiranja
translations-field-strand = komponenta
translations-field-measure = mera
translations-field-label = tekst linka
translations-field-illustrative = napomena o ilustrativnim podacima
translations-field-description = opis
translations-field-hosts = domaćini i govornici
translations-field-name = naziv
translations-field-accessibility = pristupačnost
translations-field-region = region
form-text-too-long = Tekst je predugačak.
form-text-required = Ovaj tekst je potreban na najmanje jednom jeziku.
form-text-control-character = Tekst sadrži nevidljiv kontrolni znak; uklonite ga.
error-language-not-in-project = Ovaj jezik nije među jezicima projekta
error-xliff-malformed = Datoteka nije čitljiva XLIFF datoteka
error-xliff-wrong-language = Datoteka je namenjena drugom jeziku
error-xliff-empty = Datoteka ne sadrži tekstove
error-xliff-upload = Datoteka nije mogla da se primi
error-lang-invalid = Ovo nije kod jezika
error-422-help = Podaci nisu mogli da se upotrebe. Vratite se, proverite ih i pokušajte ponovo.

## Provera programa
checks-title = Provera programa
checks-intro = Ono što iskusni organizator još jednom proveri pre objavljivanja. Ovo su upozorenja, a ne greške: program i dalje može da se objavi.
checks-none = Nema upozorenja: program deluje usklađeno.
checks-count = { $count ->
    [one] { $count } upozorenje
    [few] { $count } upozorenja
   *[other] { $count } upozorenja
}
check-outside-event = Stavka programa „{ $item }“ zakazana je za dan izvan datuma susreta.
check-venue-double-booked = Stavke programa „{ $first }“ i „{ $second }“ u isto vreme koriste isto mesto održavanja: { $venue }.
check-delegates-overlap = Stavke programa „{ $first }“ i „{ $second }“ obe su namenjene svim delegacijama i vremenski se preklapaju.
check-too-little-travel = Od stavke „{ $first }“ do stavke „{ $second }“ treba preći { $km } km { $mode }: put traje približno { $needed ->
    [one] { $needed } minut
    [few] { $needed } minuta
   *[other] { $needed } minuta
}, ali razmak između njih iznosi samo { $available ->
    [one] { $available } minut
    [few] { $available } minuta
   *[other] { $available } minuta
}.
check-public-without-capacity = Stavka programa „{ $item }“ otvorena je za javnost, ali nema naveden broj mesta, pa broj prijava ne može da se ograniči.
check-mode-walk = peške
check-mode-coach = autobusom

programme-last-changed = Poslednja izmena: { $date }

## Uređivanje programa
manage-programme-for = Program: { $event }
items-new = Dodajte stavku programa
items-saved = Stavka programa je sačuvana.
items-deleted = Stavka programa je obrisana.
items-field-slug = Kratak naziv za adresu
items-slug-hint = Mala latinična slova, cifre i crtice, na primer poseta-muzeju. Kasnije ne može da se promeni.
items-field-title = Naslov
items-when = Kada
items-field-starts = Početak
items-field-ends = Kraj
items-field-kind = Vrsta
items-field-capacity = Broj mesta
items-capacity-hint = Ostavite prazno ako nema ograničenja. Stavke programa otvorene za javnost trebalo bi da imaju naveden broj mesta.
items-field-venues = Mesta održavanja
items-field-description = Opis
items-languages-hint = Kodovi jezika odvojeni zarezima, na primer lv, en.
items-save = Sačuvajte
items-duplicate = Duplirajte
items-delete = Obrišite
items-public-page = Javna stranica stavke programa
form-slug-invalid = Upotrebite od 1 do 64 mala latinična slova, cifre i pojedinačne crtice.
form-item-slug-taken = Druga stavka programa ovog susreta već ima ovaj kratak naziv.
form-time-invalid = Unesite datum i vreme.
form-time-nonexistent = Ovo vreme ne postoji u vremenskoj zoni susreta (satovi ga preskaču).
form-item-ends-before-start = Stavka programa mora da se završi posle svog početka.
form-kind-invalid = Izaberite vrstu.
form-audience-invalid = Izaberite kome je stavka programa namenjena.
form-capacity-invalid = Unesite ceo broj mesta, najmanje 1, ili ostavite polje prazno.
form-lang-invalid = Koristite kodove jezika kao što su lv, en ili sr-Latn.
form-venue-unknown = Izaberite mesta održavanja sa liste.
form-item-capacity-zero = Broj mesta je najmanje 1; ako nema ograničenja, ostavite polje prazno.

## Objavljivanje programa
programme-changes = Dodato: { $added }, promenjeno: { $changed }, uklonjeno: { $removed }
publish-never = Nacrt: javnost ne vidi program dok ga ne objavite.
publish-up-to-date = Objavljeno kao verzija { $version }; javnost vidi upravo ovo.
publish-pending = { $count ->
    [one] Od verzije { $version } napravljena je { $count } izmena koja još nije objavljena.
    [few] Od verzije { $version } napravljene su { $count } izmene koje još nisu objavljene.
   *[other] Od verzije { $version } napravljeno je { $count } izmena koje još nisu objavljene.
}
publish-submit = Objavite program
publish-done = Program je objavljen. Javna stranica i kalendari ga sada prikazuju.
publish-nothing = Nema šta da se objavi: javnost već vidi ovaj program.
audit-programme-publish = program objavljen
audit-item-create = stavka programa dodata
audit-item-update = stavka programa promenjena
audit-item-duplicate = stavka programa duplirana
audit-item-delete = stavka programa obrisana
audit-translation-update = prevodi promenjeni
audit-project-language_add = jezik dodat

## Kloniranje susreta
events-clone = Klonirajte ovaj susret
events-clone-help = Kopirajte njegov program kao polaznu osnovu za sledeći susret: svaka stavka programa pomera se zajedno s novim prvim danom. Kopija je nacrt dok je ne objavite.
events-clone-slug = Kratak naziv novog susreta
events-clone-start = Prvi dan novog susreta
events-clone-submit = Klonirajte
events-cloned = Susret je kloniran. Njegov program je nacrt dok ga ne objavite.
form-event-slug-taken = Projekat već ima susret sa ovim kratkim nazivom.
form-date-invalid = Unesite datum.
audit-event-clone = susret kloniran

## Pokretanje projekta (upravljanje)
setup-new-title = Pokretanje projekta
setup-new-intro = Projekat je jedna inicijativa bratimljenja, sa svojim partnerskim gradovima, susretima i njihovim programima. Vi ćete biti njegov prvi organizator, a vaš grad njegov vodeći partner. Sve može kasnije da se promeni.
setup-create = Pokrenite projekat
setup-created = Projekat je pokrenut. Sledeći korak: dodajte partnerske gradove, mesta održavanja i prvi susret.
setup-saved = Podaci o projektu su sačuvani.
setup-settings-title = Podaci o projektu
setup-settings-intro = Tekstovi se unose na glavnom jeziku projekta, a na ostale jezike prenose se na stranicama za prevođenje.
setup-field-slug = Kratak naziv za adresu
setup-slug-hint = Mala latinična slova, cifre i crtice, na primer unity-in-diversity. Pojavljuje se u svakoj adresi projekta i kasnije ne može da se promeni.
setup-field-acronym = Akronim
setup-acronym-hint = Onako kako projekat poznaje finansijer, na primer TTChan (do 40 znakova).
setup-field-aims = Ciljevi
setup-field-lead-town = Grad vodećeg partnera
setup-lead-town-hint = Vaš grad. Ako nije na listi, ostavite „Nije na listi“ i ispod navedite njegov naziv i zemlju.
setup-town-not-listed = Nije na listi
setup-field-town-name = Izvorni naziv grada
setup-town-name-hint = Onako kako ga piše sam grad, na primer Daugavpils ili Raška. Potreban je samo za grad koji nije na listi.
setup-field-default-lang = Glavni jezik
setup-default-lang-hint = Jezik na kojem pišu organizatori, u obliku koda kao što su lv, en ili sr-Latn.
setup-field-languages = Jezici projekta
setup-field-period-start = Početak projekta
setup-field-period-end = Kraj projekta
setup-field-funding-programme = Program finansiranja
setup-funding-hint = Na primer Europe for Citizens (Evropa za građane). Ostavite prazno ako projekat nema finansijera.
setup-field-funding-strand = Komponenta
setup-field-funding-measure = Mera
setup-field-links = Linkovi
setup-links-hint = Jedan link po redu: tekst linka, uspravna crta, a zatim adresa, na primer Veb-sajt projekta | https://example.org

## Partneri (upravljanje)
partners-manage-title = Partnerski gradovi
partners-manage-caption = Gradovi koji učestvuju i njihove uloge
partners-actions = Radnje
partners-change-role = Promenite ulogu
partners-remove = Uklonite
partners-add = Dodajte partnerski grad
partners-add-intro = Izaberite grad koji sajt već poznaje ili navedite naziv i zemlju novog grada. Ako novog partnera odredite za vodećeg partnera, dosadašnji vodeći partner postaje običan partner.
partners-added = Partnerski grad je dodat.
partners-saved = Uloga partnera je promenjena.
partners-removed = Partnerski grad je uklonjen iz projekta.

## Mesta održavanja (upravljanje)
venues-manage-title = Mesta održavanja
venues-manage-caption = Mesta održavanja projekta, po gradovima
venues-new = Dodajte mesto održavanja
venues-none-yet = Još nema mesta održavanja.
venues-saved = Mesto održavanja je sačuvano.
venues-slug-hint = Mala latinična slova, cifre i crtice, na primer daugavpils-fortress. Kasnije ne može da se promeni.
venues-new-town-hint = Samo za grad koji nije na listi, na primer za usputnu stanicu na izletu.
venues-coordinates-hint = Geografska širina i dužina, na primer 55.8714, 26.5161 — ili adresa mape centrirane na to mesto.
venues-map-intro = Da biste mesto izabrali na mapi: otvorite mapu, centrirajte je na mesto održavanja, kopirajte adresu iz trake za adresu pregledača i nalepite je u polje za koordinate.
venues-open-map = Otvorite mapu (OpenStreetMap)
venues-accessibility-hint = Pristup bez stepenika, liftovi, pristupačni toaleti, induktivne petlje: ono što posetilac treba da zna.
venues-public-page = Javna stranica mesta održavanja

## Susreti (upravljanje)
events-new = Dodajte susret
events-none-yet = Još nema susreta.
events-settings = Podaci o susretu
events-programme = Program susreta
events-saved = Podaci o susretu su sačuvani.
events-delete = Obrišite susret
events-deleted = Susret je obrisan.
events-slug-hint = Mala latinična slova, cifre i crtice, na primer daugavpils-2018. Kasnije ne može da se promeni.
events-field-start = Prvi dan
events-field-end = Poslednji dan
events-field-zone = Vremenska zona
events-zone-hint = Zona mesta u kojem se susret održava, u obliku IANA naziva kao što je Europe/Riga. Sva vremena u programu su u ovoj zoni.

## Ko može da pokreće projekte (administracija)
admin-starter = Može da pokreće projekte
admin-starter-yes = Da
admin-starter-allow = Dozvolite
admin-starter-revoke = Oduzmite
admin-starter-saved = Pravo naloga da pokreće projekte je promenjeno.

## Poruke obrazaca za pokretanje projekta
form-choose = Izaberite…
form-slug-reserved = Ova reč je naziv posebne stranice; izaberite drugu.
form-slug-duplicate = Ovaj kratak naziv je upotrebljen dva puta.
form-coordinates-invalid = Geografska širina mora biti između -90 i 90, a geografska dužina između -180 i 180.
form-coordinates-unreadable = Unesite geografsku širinu i dužinu u decimalnim stepenima, na primer 55.8714, 26.5161, ili nalepite adresu mape centrirane na to mesto.
form-country-invalid = Izaberite zemlju.
form-event-ends-before-start = Poslednji dan susreta ne može biti pre njegovog prvog dana.
form-event-outside-project = Susret mora da se održi u periodu trajanja projekta.
form-funding-programme-required = Navedite program finansiranja ili ostavite prazne i komponentu i meru.
form-link-invalid = Svaki link upišite kao tekst linka, uspravnu crtu i adresu koja počinje sa https://.
form-partner-already = Ovaj grad je već partner.
form-project-acronym-invalid = Unesite akronim od 1 do 40 znakova.
form-project-default-lang-missing = Među jezicima mora biti i glavni jezik.
form-project-ends-before-start = Projekat ne može da se završi pre nego što počne.
form-project-one-lead = Projekat ima tačno jednog vodećeg partnera.
form-project-slug-taken = Drugi projekat već ima ovaj kratak naziv.
form-status-invalid = Izaberite status.
form-town-name-required = Unesite izvorni naziv grada (do 300 znakova).
form-town-unknown = Izaberite grad sa liste.
form-url-invalid = Unesite adresu koja počinje sa https:// ili http://.
form-venue-slug-taken = Mesto održavanja sa ovim kratkim nazivom već postoji (mesta održavanja su zajednička za sve projekte).
form-zone-invalid = Unesite vremensku zonu, na primer Europe/Riga.
audit-project-create = projekat pokrenut
audit-project-update = podaci o projektu promenjeni
audit-partner-add = partnerski grad dodat
audit-partner-role = uloga partnera promenjena
audit-partner-remove = partnerski grad uklonjen
audit-venue-create = mesto održavanja dodato
audit-venue-update = mesto održavanja promenjeno
audit-event-create = susret dodat
audit-event-update = podaci o susretu promenjeni
audit-event-delete = susret obrisan
audit-account-may_start_projects = dozvoljeno pokretanje projekata
audit-account-may_not_start_projects = pokretanje projekata više nije dozvoljeno

## Prijava za stavku programa otvorenu za javnost
registration-title = Prijava za učešće
registration-places-left = { $left ->
    [one] Slobodno je još { $left } mesto od { $capacity }.
    [few] Slobodna su još { $left } mesta od { $capacity }.
   *[other] Slobodno je još { $left } mesta od { $capacity }.
}
registration-full = { $waiting ->
    [0] Sva mesta su popunjena. Možete da se upišete na listu čekanja: kada neko otkaže, prva osoba na listi čekanja dobija mesto i poruku e-pošte.
    [one] Sva mesta su popunjena; na listi čekanja je { $waiting } osoba. Možete da se upišete na listu čekanja: kada neko otkaže, prva osoba na listi čekanja dobija mesto i poruku e-pošte.
    [few] Sva mesta su popunjena; na listi čekanja su { $waiting } osobe. Možete da se upišete na listu čekanja: kada neko otkaže, prva osoba na listi čekanja dobija mesto i poruku e-pošte.
   *[other] Sva mesta su popunjena; na listi čekanja je { $waiting } osoba. Možete da se upišete na listu čekanja: kada neko otkaže, prva osoba na listi čekanja dobija mesto i poruku e-pošte.
}
registration-email-hint = Na ovu adresu šaljemo potvrdu i link do vaše lične stranice.
registration-field-town = Vaš grad ili organizacija
registration-privacy = Vaše ime, adresu e-pošte, grad i zemlju vide samo organizatori projekta „{ $project }“ i, kada proveravaju projekat, revizori finansijera. Ti podaci se nikada ne prikazuju javno. Preko linka iz poruke e-pošte možete da vidite svoje prijave i da ih otkažete.
registration-privacy-accept = Slažem se sa gore opisanim načinom korišćenja mojih podataka.
registration-submit = Pošaljite prijavu
registration-closed = Prijave su zatvorene: ova stavka programa je počela ili se već završila.
registration-done-title = Hvala na prijavi
registration-done-confirmed = Vaše mesto je obezbeđeno.
registration-done-waiting = Sva mesta su popunjena: nalazite se na listi čekanja. Ako se neko mesto oslobodi, dobićete poruku e-pošte.
registration-check-mail = Poslali smo vam poruku e-pošte sa detaljima, stavkom programa za vaš kalendar i linkom do vaše lične stranice, na kojoj možete da otkažete prijavu.
registration-back = Nazad na stavku programa
registration-mail-subject = Prijava: { $item }
registration-mail-confirmed =
    Dobar dan, { $name }!

    Vaše mesto je obezbeđeno za:

    { $item }

    U prilogu je stavka programa za vaš kalendar. Vaša lična stranica, sa vašim programom, adresom za pretplatu u kalendaru i dugmetom za otkazivanje, nalazi se ovde (ovaj link ne delite ni sa kim):
    { $link }
registration-mail-waiting =
    Dobar dan, { $name }!

    Sva mesta su popunjena, pa ste na listi čekanja za:

    { $item }

    Ako neko otkaže, prva osoba na listi čekanja dobija mesto i poruku e-pošte. Vaša lična stranica, na kojoj možete i da se uklonite sa liste čekanja, nalazi se ovde (ovaj link ne delite ni sa kim):
    { $link }
registration-mail-promoted =
    Dobar dan, { $name }!

    Oslobodilo se jedno mesto i sada je vaše:

    { $item }

    U prilogu je stavka programa za vaš kalendar. Da biste otkazali prijavu, upotrebite link iz prve poruke e-pošte.
registration-status-confirmed = Mesto potvrđeno
registration-status-waiting = Na listi čekanja
registration-status-cancelled = Otkazana
form-registration-town-required = Unesite svoj grad ili organizaciju (do 120 znakova).
form-registration-privacy-required = Potvrdite da se slažete sa načinom korišćenja vaših podataka ili odustanite od prijave.

## Lična stranica osobe
my-title = Moj program
my-greeting = Dobar dan, { $name }. Ovo je vaš program: stavke programa za koje ste se prijavili i program za delegacije, ako ste došli sa nekom od njih.
my-keep-link = Adresa ove stranice je vaš ključ: ne delite je ni sa kim.
my-calendar = U vašem kalendaru
my-calendar-hint = Pretplatite se i vaša aplikacija za kalendar će sama ažurirati vaš program kad god ga organizatori promene. I adresa za pretplatu je privatna.
my-calendar-subscribe = Pretplatite se u aplikaciji za kalendar
my-calendar-download = Preuzmite kao datoteku (.ics)
my-registrations = Moje prijave
my-cancel = Otkažite
my-cancelled = Vaša prijava je otkazana.
my-programme = Moj program po danima

## Osobe na susretu (upravljanje)
participants-title = Osobe
participants-for = Osobe: { $event }
participants-title-delegation = Delegacija grada { $town }
participants-no-delegation = Bez delegacije
participants-anonymised = (anonimizovano)
participants-new = Dodajte osobu
participants-saved = Podaci o osobi su sačuvani.
participants-deleted = Osoba je uklonjena.
participants-delete = Uklonite ovu osobu
participants-total = { $count ->
    [one] { $count } osoba.
    [few] { $count } osobe.
   *[other] { $count } osoba.
}
participants-figures = Brojčani pregled
participants-invited = Pozvani učesnici (prijavio ih je partner iz druge zemlje)
participants-local = Lokalni učesnici
participants-attended = Prisutni bar jednog dana
participants-by-country = Osobe po zemljama
participants-by-delegation = Osobe po delegacijama
participants-by-role = Osobe po ulogama
participants-count = Broj
participants-list = Svi
participants-search = Pretražite po imenu, gradu ili adresi e-pošte
participants-search-submit = Pretražite
participants-none = Još nema nikoga.
participants-caption = Osobe, po imenu
participants-needs = Potrebe
participants-export-csv = Preuzmite kao CSV
participants-export-xlsx = Preuzmite kao XLSX (po jedan list za svaki grad)
participants-privacy-note = Potrebni su samo ime, grad ili organizacija i zemlja. Obavestite osobu da ove podatke vide organizatori i, kada proveravaju projekat, revizori finansijera; ti podaci se nikada ne prikazuju javno.
participants-email-hint = Da bi osoba dobila svoj program i link za kalendar.
participants-field-delegation = Delegacija
participants-field-arrival-place = Mesto dolaska
participants-field-arrival-time = Dolazak
participants-field-departure-place = Mesto polaska
participants-field-departure-time = Odlazak
participants-field-by = Prevoz
participants-field-accommodation = Smeštaj
participants-field-dietary = Potrebe u ishrani
participants-field-access = Potrebe u pogledu pristupačnosti
participants-field-photos = Može da se pojavi na fotografijama projekta
participant-role-delegate = Delegat
participant-role-speaker = Govornik
participant-role-staff = Osoblje
participant-role-press = Novinar
participant-role-resident = Meštanin
travel-by-plane = Avion
travel-by-train = Voz
travel-by-bus = Autobus
travel-by-coach = Turistički autobus
travel-by-car = Automobil
travel-by-ship = Brod
travel-by-other = Drugo
upload-title = Otpremite listu
upload-intro = CSV ili XLSX datoteka čiji prvi red sadrži nazive kolona. Osobe koje su već na listi (ista adresa e-pošte ili, ako je nema, isto ime) ažuriraju se, a ne dodaju se po drugi put.
upload-template = Preuzmite šablon (CSV)
upload-file = Datoteka (CSV ili XLSX)
upload-submit = Otpremite
upload-summary = Dodato: { $created }. Ažurirano: { $updated }. Odbijeno: { $rejected }.
upload-report-caption = Svaki red datoteke i šta je s njim urađeno
upload-row = Red
upload-outcome = Ishod
upload-created = dodato
upload-updated = ažurirano
upload-rejected = odbijeno
upload-back = Nazad na listu
form-participant-town-required = Unesite grad ili organizaciju (do 120 znakova).
form-participant-role-invalid = Upotrebite delegate (delegat), speaker (govornik), staff (osoblje), press (novinar) ili resident (meštanin).
form-travel-invalid = Upotrebite plane (avion), train (voz), bus (autobus), coach (turistički autobus), car (automobil), ship (brod) ili other (drugo).
form-travel-leaves-before-arriving = Odlazak ne može biti pre dolaska.
form-yes-no-invalid = Upišite yes (da) ili no (ne).
audit-people-save = osobe sačuvane
audit-person-update = podaci o osobi promenjeni
audit-person-delete = osoba uklonjena

## Stranice sa greškama za pokretanje projekta, prijave i osobe
error-partner-lead-required = Vodeći partner ne može da se ukloni
error-partner-hosts-event = Ovaj grad je domaćin susreta
error-partner-has-coordinators = Ovaj grad ima koordinatore
error-partner-not-found = Partnerski grad nije pronađen
error-event-published = Objavljeni susret ne može da se obriše
error-role-invalid = Nepoznata uloga
error-allow-invalid = Nepoznat izbor
error-account-not-found = Nalog nije pronađen
error-registration-closed = Prijave su zatvorene
error-registration-not-found = Prijava nije pronađena
error-link-unknown = Ovaj link ne može da se upotrebi
error-person-not-found = Osoba nije pronađena
error-delegation-invalid = Nepoznata delegacija
error-upload-invalid = Datoteka nije mogla da se primi
error-upload-empty = Izaberite datoteku
error-upload-unreadable = Datoteka ne može da se pročita kao CSV ili XLSX
error-upload-no-name-column = Datoteka nema kolonu sa imenom

## Lični podaci: sopstveni i koliko dugo se čuvaju
my-data = Moji podaci
my-data-hint = Možete da preuzmete sve što je o vama sačuvano ili da to obrišete. Brisanjem se otkazuju vaše prijave (vaša mesta dobijaju osobe sa liste čekanja) i brišu se vaše ime, kontakt podaci i potrebe; ostaju samo vaša zemlja i delegacija, nepovezane sa vašim imenom, u brojčanom pregledu koji traži finansijer. Nakon toga ovaj link više neće raditi.
my-data-download = Preuzmite moje podatke (JSON)
my-erase-confirm = Da, obrišite moje podatke.
my-erase = Obrišite moje podatke
my-erase-confirm-needed = Da biste obrisali svoje podatke, najpre označite polje za potvrdu.
my-erased-title = Vaši podaci su obrisani
my-erased = Vaše prijave su otkazane, a vaši lični podaci su uklonjeni. Hvala vam na učešću.
retention-title = Čuvanje ličnih podataka
retention-hint = Posle ovog datuma podaci o osobama u ovom projektu se anonimizuju: imena, kontakt podaci i potrebe se brišu; zemlje, delegacije i prisustvo ostaju radi izveštaja. Postavite datum na kraj perioda u kome finansijer može da proverava projekat.
retention-until = Lični podaci se čuvaju do
retention-saved = Datum do kog se čuvaju lični podaci je sačuvan.
audit-project-retention = rok čuvanja ličnih podataka postavljen
audit-people-purge = lični podaci anonimizovani
error-date-invalid = Ovo nije datum

## Evidencija prisustva i bedževi
checkin-title = Evidencija prisustva
checkin-day = Dan
checkin-show-day = Prikažite
checkin-present = Prisutno: { $count } od { $total }.
checkin-by-code = Prema kodu sa bedža
checkin-code = Kod na bedžu
checkin-submit = Evidentirajte prisustvo
checkin-scan = Skenirajte kamerom
checkin-list = Sa spiska
checkin-here = Prisustvo evidentirano
checkin-undo = Poništite
checkin-done = Osoba { $name } je evidentirana kao prisutna.
checkin-undone = Osoba { $name } više nije označena kao prisutna.
checkin-unknown-code = Niko na ovom susretu nema ovaj kod. Proverite ga ili pronađite osobu na spisku.
badges-title = Bedževi
badges-hint = Odštampajte ovu stranicu na papiru formata A4 (osam bedževa po listu), isecite duž isprekidanih linija i stavite bedževe u futrole. Pomoću koda i QR koda evidentira se prisustvo osobe.
badges-qr = QR kod za evidentiranje prisustva:
participants-per-day = Prisustvo po danima
participants-present = Prisutni
error-day-invalid = Ovaj dan nije deo ovog susreta
error-person-invalid = Nepoznata osoba

## Liste potpisa
sheet-title = Liste potpisa
sheet-intro = Dokaz koji traži finansijer: za svaki dan i svaku delegaciju ime, grad i zemlja svih osoba, sa kolonom za potpis. Odštampajte listu, zamolite prisutne da je potpišu na pultu za prijem i čuvajte je uz dokumentaciju projekta.
sheet-blank = Prazna lista za osobe koje dođu bez prijave
sheet-download = Otvorite listu (PDF)
sheet-walk-ins = Osobe koje su došle bez prijave
sheet-number = Br.
sheet-signature = Potpis
sheet-footer = Lista potpisa
sheet-page = Strana { $n } od { $total }
error-sheet-invalid = Za ovaj izbor lista ne može da se napravi

## Samostalna prijava preko linka delegacije
join-title = Prijava u delegaciju grada { $town }
join-intro = Koordinator vašeg grada poslao vam je ovaj link da biste se prijavili za susret „{ $event }“. Potrebni su samo vaše ime, adresa e-pošte, grad i zemlja; ostali podaci pomažu domaćinima da isplaniraju vaše putovanje, smeštaj i obroke.
join-done-title = Hvala na prijavi
join-done = Prijavljeni ste. Poslali smo vam poruku e-pošte sa linkom do vašeg ličnog programa; pomoću istog linka možete da vidite i obrišete svoje podatke.
join-mail-subject = Prijavljeni ste: { $event }
join-mail-body =
    Dobar dan, { $name }!

    Prijavljeni ste za susret „{ $event }“.

    Vaša lična stranica, sa vašim programom i adresom za pretplatu u kalendaru, nalazi se ovde (ovaj link ne delite ni sa kim):
    { $link }
join-links-title = Linkovi za samostalnu prijavu
join-links-intro = Podelite link delegacije sa osobama iz te delegacije: one se same prijavljuju i odmah ulaze u tu delegaciju. Novi link zamenjuje stari, koji prestaje da radi.
join-link-none = još nema linka
join-link-renew = Novi link
join-link-renewed = Novi link je spreman; stari više ne radi.
audit-join-link-renew = link za prijavu obnovljen
audit-people-join = osoba prijavljena preko linka

## Stranica za objavljivanje
publication-title = { $event }: šta se dogodilo
publication-here = Objava za finansijera
publication-place = Mesto
publication-participants = Učesnici
publication-invited = Pozvani učesnici iz partnerskih zemalja
publication-basis-registrations = prema dosadašnjim prijavama
publication-basis-attendance = prisutni bar jednog dana
publication-per-country = Učesnici po zemljama
publication-per-country-caption = Broj učesnika iz svake zemlje
publication-no-participants = Još nema evidentiranih učesnika.
publication-days = Po danima

## Prihvatljivost i grant
elig-title = Prihvatljivost i grant
elig-eligible = Projekat ispunjava sva pravila svog poziva.
elig-not-eligible = Projekat još ne ispunjava sva pravila.
elig-no-ruleset = Izaberite poziv iz kojeg se projekat finansira da biste videli da li ispunjava njegova pravila.
elig-no-ruleset-choice = Bez pravila finansijera
elig-version = pravila na dan
elig-event-count = { $event } — broj osoba: { $participants }, od toga pozvanih: { $invited }, broj dana: { $days } ({ $basis })
elig-basis-registrations = prema prijavama
elig-basis-attendance = prema prisustvu
elig-grant = Grant
elig-grant-band = { $amount }: raspon od { $from } do { $to } pozvanih učesnika
elig-grant-band-top = { $amount }: raspon od { $from } ili više pozvanih učesnika
elig-grant-overridden = { $amount }, kako su uneli organizatori
elig-grant-none = Nema granta dok neko pravilo nije ispunjeno.
elig-grant-calculator = Iznos daje zvanični kalkulator poziva: unesite njegov rezultat ispod.
elig-next-band = Još pozvanih učesnika: { $more } → { $amount }
elig-grant-unverified = Ovi iznosi još nisu provereni prema izvoru ({ $source }); potvrdite ih pre nego što se na njih oslonite.
elig-rules = Pravila
elig-rules-caption = Sva pravila poziva, vrednost projekta i izvor iz kojeg potiče svako pravilo
elig-rule = Pravilo
elig-result = Ishod
elig-required = Potrebno
elig-actual = Projekat
elig-source = Izvor
elig-passed = ispunjeno
elig-failed = nije ispunjeno
elig-verified = provereno prema izvoru
elig-unverified = još nije provereno prema izvoru
elig-overridden = izmenili organizatori
elig-settings = Poziv i ispravke
elig-ruleset = Pravila poziva
elig-call-year = Godina poziva
elig-call-year-hint = Određuje koje zemlje učestvuju. Prazno: godina u kojoj projekat počinje.
elig-grant-override = Grant u evrima (zamenjuje procenu)
elig-grant-override-hint = Na primer iznos iz zvaničnog kalkulatora poziva. Prazno: procena prema pravilima.
elig-rule-overrides = Ispravljene vrednosti
elig-rule-overrides-hint = Samo ako poziv na koji ste se prijavili propisuje drugačije; ostavite prazno da biste koristili prikazanu vrednost.
elig-saved = Sačuvano.
form-ruleset-unknown = Izaberite jedan od navedenih poziva.
form-elig-call-year-invalid = Unesite godinu, na primer 2018.
form-elig-amount-invalid = Unesite ceo iznos u evrima.
form-elig-rule-invalid = Za ispravljene vrednosti unesite cele brojeve.
audit-rules-choose = poziv izabran
audit-rules-override = vrednosti pravila promenjene

## Završni izveštaj
report-link = Završni izveštaj
report-title = Završni izveštaj: { $project }
report-pdf = Preuzmite izveštaj sa listama potpisa (PDF)
report-participation = Učešće: { $event }
report-annexes = Prilozi
report-annex-publication = Stranica za objavljivanje ({ $event }): { $url }
report-annex-programme = Program ({ $event }): { $url }
report-annex-sheets = { $count ->
    [one] Uz ovaj izveštaj priložena je { $count } lista potpisa.
    [few] Uz ovaj izveštaj priložene su { $count } liste potpisa.
   *[other] Uz ovaj izveštaj priloženo je { $count } lista potpisa.
}
report-page = Strana { $n }
participants-send-link = Pošaljite osobi e-poštom link do njenog ličnog programa
participants-link-sent = Link je poslat; raniji link više ne radi.
audit-person-send_link = lični link poslat
error-person-no-email = Osoba nema adresu e-pošte

## Vesti i saopštenja za medije
news-title = Vesti
news-none = Još nije objavljena nijedna vest.
news-all = Sve vesti
news-feed = Pratite vesti u čitaču fidova (Atom)
news-manage-title = Vesti i saopštenja za medije
news-manage-intro = Napravite nacrt saopštenja za medije na osnovu programa i brojčanih podataka o susretu ili napišite vest. Vesti ostaju nacrti, vidljivi samo organizatorima, dok ih ne objavite.
news-manage-caption = Vesti, počev od najnovije
news-new = Napišite vest
news-edit-intro = Napišite vest na svakom jeziku na kojem želite da je objavite. Jezik koji ostane prazan ne prikazuje se; čitaoci tada vide vest na drugom jeziku.
news-field-title = Naslov
news-field-body = Tekst
news-body-hint = Običan tekst. Između pasusa ostavite prazan red.
news-slug-hint = Poslednji deo adrese vesti. Ako ga ostavite praznim, napraviće se od naslova.
news-status = Status
news-public-page = Javna stranica
news-draft = Nacrt, nije javna
news-published-on = Objavljeno { $date }
news-draft-press-release = Napravite nacrt saopštenja za medije za susret „{ $event }“
news-drafted = Nacrt saopštenja za medije napravljen je na osnovu podataka o susretu. Proverite ga, izmenite i objavite.
news-saved = Vest je sačuvana.
news-published = Vest je objavljena.
news-unpublished = Vest je ponovo nacrt i više nije javna.
news-deleted = Vest je obrisana.
news-publish = Objavite
news-unpublish = Vratite u nacrt
news-delete = Obrišite vest
error-news-not-found = Vest nije pronađena
error-news-slug-taken = Druga vest već ima ovu adresu
form-news-title-missing = Na ovom jeziku postoji tekst, ali nema naslova.
form-news-slug-taken = Druga vest već ima ovu adresu; izaberite drugu.
audit-news-create = vest napisana
audit-news-update = vest izmenjena
audit-news-publish = vest objavljena
audit-news-unpublish = vest vraćena u nacrt
audit-news-delete = vest obrisana

## Nacrt saopštenja za medije: rečenice sastavljene od podataka o susretu
press-title = Grad { $host } ugostio partnere iz { $countries ->
    [one] { $countries } zemlje
    [few] { $countries } zemlje
   *[other] { $countries } zemalja
} na susretu „{ $event }“
press-lead = Grad { $host } ({ $country }) bio je u periodu { $dates } domaćin susreta „{ $event }“, održanog u okviru projekta „{ $project }“.
press-funding = Susret je finansiran sredstvima programa { $programme }.
press-delegations = Delegacije su došle iz sledećih gradova: { $towns }.
press-participants = { $total ->
    [one] Na susretu je učestvovala { $total } osoba
    [few] Na susretu su učestvovale { $total } osobe
   *[other] Na susretu je učestvovalo { $total } osoba
}, { $invited ->
    [one] od kojih je { $invited } pozvani učesnik iz partnerskog grada u inostranstvu.
    [few] od kojih su { $invited } pozvana učesnika iz partnerskih gradova u inostranstvu.
   *[other] od kojih je { $invited } pozvanih učesnika iz partnerskih gradova u inostranstvu.
}
press-per-country = Broj učesnika po zemljama: { $list }.
press-day = { $number }. dan, { $date }: { $items }.
press-signed = Gradovi { $a } i { $b } potpisali su { $date } dokument: { $kind }.
press-more = Program, broj učesnika po zemljama i opis svakog dana objavljeni su na adresi { $url }

## Fotografije sa susreta
photos-title = Fotografije
photos-intro = Fotografije se prikazuju na stranici za objavljivanje susreta, koju traži finansijer. Prilikom otpremanja iz datoteke se uklanjaju mesto i vreme snimanja, podaci o fotoaparatu i sva imena koja su u njoj sačuvana.
photos-see-publication = Pogledajte stranicu za objavljivanje.
photos-none = Još nema fotografija.
photos-add = Dodajte fotografiju
photos-edit = Izmenite
photos-edit-title = Izmenite fotografiju
photos-field-file = Fotografija (JPEG ili PNG)
photos-file-hint = Najviše { $mib } MiB.
photos-field-alt = Šta je na fotografiji
photos-alt-hint = Za osobe koje ne mogu da vide fotografiju: opišite je jednom rečenicom, na primer „Gradonačelnici Raške i Daugavpilsa potpisuju memorandum“.
photos-field-caption = Tekst ispod fotografije
photos-field-credit = Fotograf
photos-credit = Foto: { $name }
photos-field-consent = Osobe koje mogu da se prepoznaju na ovoj fotografiji saglasile su se s njenim objavljivanjem.
photos-field-position = Redni broj
photos-position-hint = Fotografije se prikazuju po rednim brojevima, počev od 1.
photos-upload = Otpremite fotografiju
photos-added = Fotografija je dodata.
photos-saved = Fotografija je sačuvana.
photos-deleted = Fotografija je obrisana.
photos-delete = Obrišite fotografiju
error-photo-not-found = Fotografija nije pronađena
error-photo-too-large = Fotografija je prevelika
form-photo-empty = Izaberite fotografiju.
form-photo-too-large = Fotografija je prevelika; dozvoljeno je najviše 12 MiB.
form-photo-format = Mogu da se otpreme samo fotografije u formatu JPEG ili PNG.
form-photo-dimensions = Ova stranica ne može da prikaže fotografiju ovih dimenzija u pikselima.
form-photo-unreadable = Datoteka ne može da se pročita kao fotografija.
form-photo-duplicate = Ova fotografija je već na stranici.
form-photo-consent-required = Potvrdite da su se prikazane osobe saglasile s objavljivanjem.
form-photo-position-invalid = Unesite ceo broj od 1 do 10.000.
audit-photo-add = fotografija dodata
audit-photo-update = fotografija izmenjena
audit-photo-delete = fotografija obrisana

## Rezime evaluacije i novi delovi izveštaja
events-field-evaluation = Rezime evaluacije
events-evaluation-hint = Šta su učesnici rekli u evaluaciji, za završni izveštaj. Između pasusa ostavite prazan red.
report-evaluation = Evaluacija: { $event }
report-annex-photos = { $count ->
    [one] { $count } fotografija sa susreta „{ $event }“, na njegovoj stranici za objavljivanje.
    [few] { $count } fotografije sa susreta „{ $event }“, na njegovoj stranici za objavljivanje.
   *[other] { $count } fotografija sa susreta „{ $event }“, na njegovoj stranici za objavljivanje.
}
report-annex-news = Saopštenje za medije ili vest „{ $title }“: { $url }

# Concurrent edits: a save against a version someone else replaced meanwhile.
error-edit-changed-meanwhile = Neko je ovo u međuvremenu promenio
error-412-help = Neko drugi je ovo promenio nakon što ste ga pročitali. Pročitajte ponovo, pa onda unesite svoju izmenu.
edit-changed-meanwhile = Neko drugi je sačuvao ovu stavku dok ste je uređivali
edit-changed-meanwhile-help = Ništa nije prepisano. Ispod je ono što je sada sačuvano; vaša verzija je i dalje u obrascu. Uporedite obe, po potrebi ispravite obrazac i sačuvajte ponovo da zadržite svoju verziju.
edit-saved-now = Sada sačuvano
edit-your-version = Vaša verzija je u obrascu ispod.
partners-changed-meanwhile = Neko drugi je u međuvremenu promenio ulogu za { $town }: sada je { $now }; vi ste izabrali { $yours }. Izaberite ponovo ako vaš izbor treba da ostane.

# --- w-signin ---
form-password-weak = Ovu lozinku je previše lako pogoditi. Nekoliko nepovezanih, neobičnih reči čini jaku lozinku.
form-password-weak-common = Ovu lozinku je previše lako pogoditi: to je često korišćena lozinka ili slična njoj.
form-password-weak-pattern = Ovu lozinku je previše lako pogoditi: obrasci na tastaturi i nizovi kao abc ili 6543 se isprobavaju prvi.
form-password-weak-repeat = Ovu lozinku je previše lako pogoditi: ponovljeni znakovi ili reči malo doprinose.
form-password-weak-dates = Ovu lozinku je previše lako pogoditi: datumi i godine se isprobavaju prvi.
form-password-weak-names = Ovu lozinku je previše lako pogoditi: imena, prezimena i vaša adresa se isprobavaju prvi.
form-password-weak-word = Ovu lozinku je previše lako pogoditi: jedna reč nije dovoljna. Dodajte nekoliko nepovezanih reči.
form-totp-code-wrong = Kod nije tačan. Unesite trenutni kod iz aplikacije za autentifikaciju ili kod za oporavak.
form-totp-code-required = Unesite kod iz aplikacije za autentifikaciju.
form-totp-secret-invalid = Ova tajna se ne može koristiti. Ponovo učitajte stranicu da biste dobili novu.
form-token-days-invalid = Izaberite koliko dana token važi: od 1 do 365.
error-signin-challenge-expired = Ova prijava je istekla
error-page-invalid = Ovaj broj stranice se ne može koristiti
signin-wait = Previše pokušaja. Sačekajte { $seconds } s, pa pokušajte ponovo.
totp-signin-title = Drugi korak: vaš kod
totp-signin-hint = Šestocifreni kod iz aplikacije za autentifikaciju ili jedan od vaših kodova za oporavak.
field-totp-code = Kod
totp-title = Prijava u dva koraka
totp-on = Prijava u dva koraka je uključena: pri prijavi se traži kod iz aplikacije za autentifikaciju.
totp-off = Prijava u dva koraka je isključena.
totp-manage = Upravljajte prijavom u dva koraka
totp-set-up = Podesite prijavu u dva koraka
totp-enabled = Prijava u dva koraka je uključena.
totp-disabled = Prijava u dva koraka je isključena.
totp-recovery-once = Zapišite ove kodove za oporavak i čuvajte ih na sigurnom. Svaki važi jednom, ako izgubite telefon. Prikazuju se samo sada.
totp-codes-left = Preostalo kodova za oporavak: { $count }
totp-disable = Isključite prijavu u dva koraka
totp-required = Kao administrator instance, morate prvo podesiti prijavu u dva koraka.
totp-help = Dodajte ovaj nalog u aplikaciju za autentifikaciju (na primer FreeOTP, Aegis ili Google Authenticator): skenirajte QR kod, otvorite vezu na telefonu ili ukucajte ključ. Zatim unesite kod koji aplikacija prikazuje.
totp-qr-caption = QR kod za vašu aplikaciju za autentifikaciju
totp-secret = Ključ
totp-link = Veza
totp-link-open = Otvorite u aplikaciji za autentifikaciju
totp-confirm = Uključite
account-token-expired = Isteklo
account-token-expires = Ističe
field-token-days = Važi
account-token-days = { $days } dana
security-title = Bezbednosni dnevnik
security-help = Prijave, neuspeli i usporeni pokušaji, prijava u dva koraka, API tokeni, promene lozinki i uloga, najnovije prvo. Klijenti se prikazuju samo kao njihova mreža.
security-page = Stranica { $page }
security-empty = Još ništa nije zabeleženo.
security-caption = Bezbednosni događaji, najnoviji prvi
security-account = Nalog
security-client = Mreža
security-pages = Stranice bezbednosnog dnevnika
security-newer = Novije
security-older = Starije
security-signin-ok = prijavljen
security-signin-fail = pogrešna lozinka
security-signin-throttled = pokušaj usporen
security-totp-enrol = prijava u dva koraka uključena
security-totp-disable = prijava u dva koraka isključena
security-totp-fail = pogrešan kod
security-totp-throttled = pokušaj koda usporen
security-recovery-used = iskorišćen kod za oporavak
security-token-create = napravljen API token
security-token-use = korišćen API token
security-token-revoke = opozvan API token
security-password-change = lozinka promenjena
security-password-reset = lozinka resetovana
security-reset-throttled = zahtev za resetovanje usporen
# --- w-lingers ---
photo-consent-yes = Fotografije: da
photo-consent-no = Bez fotografija
photo-consent-not_asked = Fotografije: nije pitano (bez fotografija)
photo-consent-choice-yes = Da
photo-consent-choice-no = Ne
photo-consent-choice-not_asked = Još nije pitano
consent-minor = Mlađi od 18 godina (maloletnik)
consent-minor-short = Maloletnik
consent-guardian-name = Ime roditelja ili staratelja
consent-guardian-hint = Samo za maloletnika: roditelj ili staratelj koji se saglašava s učešćem.
consent-guardian-consent = Roditelj ili staratelj se saglašava s učešćem ovog maloletnika i s načinom korišćenja njegovih podataka
participants-photos = Fotografije
form-photo-consent-invalid = Izaberite da, ne ili nije pitano.
form-participant-guardian-required = Za maloletnika je potrebno ime roditelja ili staratelja.
form-participant-guardian-consent-required = Maloletnik učestvuje samo uz saglasnost roditelja ili staratelja.
privacy-notice-title = Obaveštenje o privatnosti
privacy-notice-default = Projekat { $project } vode njegovi organizatori. Oni čuvaju ono što ovde unesete (vaše ime, grad ili organizaciju, zemlju, kontakt podatke i ono što navedete o putu, obrocima i pristupačnosti) i vide to zajedno s koordinatorom vaše delegacije; to nikada nije javno. Revizori { $funder } mogu da provere imena, gradove i prisustvo radi provere granta. Sve se čuva do { $until }; posle toga ostaju samo anonimni brojevi. Preko linka iz e-pošte u svakom trenutku možete da vidite, preuzmete ili obrišete svoje podatke.
privacy-notice-default-no-date = Projekat { $project } vode njegovi organizatori. Oni čuvaju ono što ovde unesete (vaše ime, grad ili organizaciju, zemlju, kontakt podatke i ono što navedete o putu, obrocima i pristupačnosti) i vide to zajedno s koordinatorom vaše delegacije; to nikada nije javno. Revizori { $funder } mogu da provere imena, gradove i prisustvo radi provere granta. Sve se čuva do datuma koji odrede organizatori; posle toga ostaju samo anonimni brojevi. Preko linka iz e-pošte u svakom trenutku možete da vidite, preuzmete ili obrišete svoje podatke.
privacy-notice-funder-unknown = finansijera
privacy-edit-title = Obaveštenje o privatnosti
privacy-edit-intro = Ko šta čuva, koliko dugo i ko to sme da proveri. Ovo obaveštenje se prikazuje svuda gde projekat prikuplja lične podatke: pri prijavi, pri pridruživanju delegaciji, u obrascima za osobe i na ličnim stranicama. Napišite ga na svakom potrebnom jeziku; za prazan jezik prikazuje se podrazumevani tekst.
privacy-edit-default = Ako ostane prazno, prikazuje se ovo obaveštenje: { $text }
privacy-edit-saved = Obaveštenje o privatnosti je sačuvano.
my-photos = Fotografije
my-photos-saved = Vaš odgovor o fotografijama je sačuvan.
participants-erase = Obriši lične podatke (na zahtev osobe)
participants-erased = Podaci osobe su obrisani; ako je prisustvovala, ime i grad ostaju za reviziju finansijera do datuma čuvanja.
participants-erased-kept = obrisano, čuva se za reviziju
# --- w-forms ---
form-date-out-of-range = Datum mora biti između 1900. i 2200. godine.
form-item-outside-event = Tačka programa je izvan dana susreta (za dolazak i odlazak dozvoljen je jedan dan pre ili posle).
form-event-too-long = Susret traje najviše 366 dana.
error-date-out-of-range = Datum izvan godina 1900–2200
error-item-outside-event = Tačka programa izvan dana susreta
error-event-too-long = Susret je predugačak
error-rate-limited = Previše zahteva
error-429-help = Sa vaše veze je za kratko vreme stiglo mnogo zahteva. Sačekajte minut i pokušajte ponovo.
registration-done-already = Već ste prijavljeni za ovu tačku programa, pa nismo poslali novu poruku: ona koju ste ranije dobili sadrži vaš lični link.
form-honeypot-label = Ostavite ovo polje prazno: služi za prepoznavanje automatskih slanja.
registration-status-pending = Čeka vašu potvrdu e-poštom
registration-done-pending = Skoro gotovo: poslali smo vam poruku sa linkom. Vaše mesto se računa kada ga otvorite u roku od { $hours } sati.
registration-mail-pending =
    Zdravo { $name },

    molimo potvrdite prijavu za:

    { $item }

    Vaše mesto se računa tek kada otvorite ovaj link i pritisnete dugme (važi do { $until }):
    { $confirm }

    Ako se niste prijavili, zanemarite ovu poruku: prijava će sama isteći. Vaša lična stranica je ovde (zadržite ovaj link za sebe):
    { $link }
confirm-title = Potvrdite prijavu
confirm-intro = Pritisnite dugme da potvrdite prijavu. Od tada se vaše mesto računa.
confirm-submit = Potvrđujem prijavu
confirm-done = Hvala: vaša prijava je potvrđena i imate mesto.
error-registration-confirmation-expired = Ovaj link za potvrdu je istekao; prijavite se ponovo
registration-settings-save = Sačuvaj
registration-settings-confirm = Računaj javnu prijavu tek kada je osoba potvrdi linkom iz svoje e-poruke
registration-settings-hint = Tako skripte ne mogu da popune mesta izmišljenim adresama. Nepotvrđene prijave ne zauzimaju mesto i ističu posle 48 sati.
registration-settings-saved = Sačuvano: način primanja prijava.
# --- w-uploads ---
error-request-too-large-limit = Na ovu adresu može se poslati najviše { $mib } MiB.
error-sheet-file-too-large = Datoteka je prevelika
error-sheet-file-too-large-limit = Spisak može imati najviše { $limit } MiB.
error-sheet-uncompressed-too-large = Raspakovana radna sveska sadrži previše podataka
error-sheet-uncompressed-too-large-limit = Raspakovana radna sveska može sadržati najviše { $limit } MiB.
error-sheet-compression-ratio = Radna sveska je sumnjivo jako sažeta
error-sheet-compression-ratio-limit = Deo radne sveske raspakovan može biti najviše { $limit } puta veći od sažetog.
error-sheet-too-many-parts = Radna sveska ima previše delova
error-sheet-too-many-parts-limit = Radna sveska može imati najviše { $limit } delova.
error-sheet-too-many-rows = Spisak ima previše redova
error-sheet-too-many-rows-limit = Spisak može imati najviše { $limit } redova, uključujući red sa zaglavljem. Podelite ga na više datoteka.
error-sheet-too-many-columns = Spisak ima previše kolona
error-sheet-too-many-columns-limit = Spisak može imati najviše { $limit } kolona.
error-sheet-too-many-cells = Spisak ima previše ćelija
error-sheet-too-many-cells-limit = Spisak može imati najviše { $limit } ćelija.
error-sheet-cell-too-long = Jedna ćelija je preduga
error-sheet-cell-too-long-limit = Ćelija može sadržati najviše { $limit } znakova.
error-sheet-markup-too-long = Radna sveska sadrži blok podataka predugačak da bi bio ćelija
error-sheet-markup-too-long-limit = Između dve oznake radna sveska može sadržati najviše { $limit } bajtova.
error-sheet-too-slow = Čitanje spiska je trajalo predugo
error-sheet-too-slow-limit = Spisak mora biti pročitan za { $limit } sekundi.
error-xliff-too-large = Datoteka je prevelika
error-xliff-too-large-limit = XLIFF datoteka može imati najviše { $mib } MiB.
error-xliff-doctype = Datoteka sadrži DOCTYPE deklaraciju, koja XLIFF datotekama nije potrebna; uklonite je i ponovo otpremite
error-xliff-too-deep = Datoteka ugnežđuje elemente preduboko
error-xliff-too-deep-limit = Elementi mogu biti ugnežđeni najviše { $limit } nivoa duboko.
error-xliff-too-many-units = Datoteka sadrži previše tekstova
error-xliff-too-many-units-limit = XLIFF datoteka može sadržati najviše { $limit } tekstova.
form-photo-truncated = Datoteka se završava pre slike – odsečena je. Otpremite celu fotografiju.
form-photo-no-image-data = Datoteka ne sadrži sliku.
form-photo-too-many-pixels = Fotografija ima previše piksela: najviše 40 megapiksela i 16.000 piksela po stranici.
form-photo-polyglot = Datoteka posle slike sadrži drugi dokument; otpremite samo fotografiju.
# --- w-heavy ---
error-server-busy = Priprema se
error-server-busy-help = Server upravo priprema druge dokumente. Ova stranica će sama ponovo poslati zahtev za { $seconds } s; ne morate ništa da radite.
