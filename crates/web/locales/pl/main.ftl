## Ramy serwisu
site-name = Twinning
language-name = Polski
og-locale = pl_PL
skip-to-content = Przejdź do treści
language-switcher = Język
breadcrumbs = Jesteś tutaj
footer-about = Twinning — otwarte oprogramowanie do prowadzenia projektów partnerstwa miast.
footer-api = Otwarte dane: API i jego opis

## Błędy
error-field = Problem dotyczy:
error-home-link = Przejdź do strony głównej
error-400-help = Coś jest nie tak z adresem. Sprawdź go i spróbuj ponownie.
error-404-help = Pod tym adresem nic nie ma. Być może w adresie jest literówka albo strona została przeniesiona.
error-405-help = Tego adresu nie można użyć w ten sposób.
error-500-help = Po naszej stronie wystąpił błąd. Został zarejestrowany – spróbuj ponownie później.
error-503-help = Serwis nie może teraz połączyć się ze swoją bazą danych. Spróbuj ponownie za kilka minut.
error-route-not-found = Nie znaleziono strony
error-route-method-not-allowed = Niedozwolona operacja
error-project-not-found = Nie znaleziono projektu
error-event-not-found = Nie znaleziono spotkania
error-item-not-found = Nie znaleziono punktu programu
error-town-not-found = Nie znaleziono miasta
error-venue-not-found = Nie znaleziono miejsca
error-query-lang-invalid = Nieznany język
error-query-lang-repeated = Język podano dwukrotnie
error-request-too-large = Za dużo danych
error-request-timeout = Przekroczono czas oczekiwania
error-408-help = Przygotowanie odpowiedzi trwało zbyt długo. Spróbuj ponownie.
error-413-help = Przesłane dane przekraczają rozmiar, który przyjmuje ten adres.
error-server-error = Błąd serwera
error-server-database-unavailable = Serwis chwilowo niedostępny

## Strona główna
home-title = Projekty partnerstwa miast
home-intro = Miasta partnerskie, ich spotkania i programy oraz ludzie, którzy je do siebie zbliżają.
home-projects = Projekty
home-no-projects = Nie opublikowano jeszcze żadnego projektu.

## Projekty
project-period = Okres realizacji
project-status = Status
project-lead = Partner wiodący
project-all-partners = Wszyscy partnerzy
project-events = Spotkania
project-twinnings = Porozumienia między miastami partnerskimi
funding-programme = Program finansowania
funding-strand = Komponent
funding-measure = Działanie
status-planned = Planowany
status-running = W trakcie realizacji
status-completed = Zakończony
status-cancelled = Odwołany
partner-count = { $count ->
    [one] { $count } partner
    [few] { $count } partnerzy
    [many] { $count } partnerów
   *[other] { $count } partnera
} z { $countries ->
    [one] { $countries } kraju
    [few] { $countries } krajów
    [many] { $countries } krajów
   *[other] { $countries } kraju
}
role-lead = Partner wiodący
role-partner = Partner
role-associated = Partner stowarzyszony

## Partnerzy
partners-title = Partnerzy
partners-caption = Miasta partnerskie projektu i ich role
partners-town = Miasto
partners-country = Kraj
partners-role = Rola
partners-organisation = W imieniu miasta działa
illustrative-badge = Dane poglądowe:
illustrative-mark = poglądowo
illustrative-time-title = Godzina jest poglądowa: źródło podaje tylko dzień.

## Partnerstwa miast
twinning-twin = Miasta bliźniacze
twinning-partnership = Partnerstwo
twinning-friendship = Porozumienie o przyjaźni
twinning-memorandum_of_cooperation = Memorandum o współpracy
twinning-between = { $kind }: { $a } i { $b }
twinning-between-since = { $kind }: { $a } i { $b }, od { $since }
twinning-since = od { $date }
twinning-signed-at = podpisano podczas spotkania
twinning-document = dokument

## Spotkania
event-dates = Termin
event-host = Miasto gospodarz
event-zone = Strefa czasowa
event-days = Dzień po dniu
event-venues = Miejsca
event-see-programme = Zobacz program

## Program
programme-title = Program
programme-description = Program dzień po dniu: { $event }.
programme-ics = Dodaj do kalendarza (.ics)
programme-days-nav = Dni
programme-day-empty = Na ten dzień nic jeszcze nie zaplanowano.
programme-day-number = Dzień { $number }
programme-item-count = { $count ->
    [one] { $count } punkt programu
    [few] { $count } punkty programu
    [many] { $count } punktów programu
   *[other] { $count } punktu programu
}
item-capacity = { $count ->
    [one] { $count } miejsce
    [few] { $count } miejsca
    [many] { $count } miejsc
   *[other] { $count } miejsca
}
item-when = Kiedy
item-where = Gdzie
item-audience = Dla kogo
item-hosts = Prowadzący i prelegenci
item-languages = Języki
item-event = W ramach
audience-delegates = Delegacje
audience-public = Otwarte dla wszystkich

kind-arrival = Przyjazd
kind-sightseeing = Zwiedzanie
kind-official_meeting = Spotkanie oficjalne
kind-presentation = Prezentacja
kind-signing = Podpisanie
kind-conference = Konferencja
kind-lecture = Wykład
kind-debate = Debata
kind-group_work = Praca w grupach
kind-workshop = Warsztaty
kind-cultural_evening = Wieczór kulturalny
kind-meal = Posiłek
kind-excursion = Wycieczka
kind-visit = Wizyta
kind-ceremony = Uroczystość
kind-evaluation = Ewaluacja
kind-departure = Wyjazd
kind-free_time = Czas wolny

## Miasta i miejsca
town-description = { $town }, { $country }: partnerstwa i projekty.
town-country = Kraj
town-region = Region
town-population = Liczba mieszkańców
town-location = Położenie
town-website = Strona internetowa
town-twinnings = Partnerstwa i porozumienia
town-no-twinnings = Dla tego miasta nie odnotowano żadnych partnerstw.
town-projects = Projekty
town-no-projects = To miasto nie bierze tu jeszcze udziału w żadnym projekcie.
town-organisations = W imieniu miasta działa
venue-map = mapa
venue-address = Adres
venue-town = Miejscowość
venue-coordinates = Współrzędne
venue-accessibility = Dostępność
venue-held-here = Co się tu odbywa
venue-nothing-held = Nic tu nie zaplanowano.

## Daty (dzień, miesiąc i rok to liczby; nazwy miesięcy i dni tygodnia są poniżej, miesiące w dopełniaczu)
date-day-heading = { $weekday }, { $day } { $month }
date-long = { $day } { $month } { $year } r.
date-range-month = { $start }–{ $end } { $month } { $year } r.
date-range = { $start } – { $end }
month-1 = stycznia
month-2 = lutego
month-3 = marca
month-4 = kwietnia
month-5 = maja
month-6 = czerwca
month-7 = lipca
month-8 = sierpnia
month-9 = września
month-10 = października
month-11 = listopada
month-12 = grudnia
weekday-1 = poniedziałek
weekday-2 = wtorek
weekday-3 = środa
weekday-4 = czwartek
weekday-5 = piątek
weekday-6 = sobota
weekday-7 = niedziela

## Języki (punktów programu)
lang-en = angielski
lang-lv = łotewski
lang-ltg = łatgalski
lang-lt = litewski
lang-pl = polski
lang-de = niemiecki
lang-sv = szwedzki
lang-sr = serbski
lang-sr-Cyrl = serbski (cyrylica)
lang-sr-Latn = serbski (łacinka)
lang-it = włoski
lang-ru = rosyjski
lang-fr = francuski
lang-es = hiszpański

## Kraje
country-AL = Albania
country-AT = Austria
country-BA = Bośnia i Hercegowina
country-BE = Belgia
country-BG = Bułgaria
country-BY = Białoruś
country-CH = Szwajcaria
country-CY = Cypr
country-CZ = Czechy
country-DE = Niemcy
country-DK = Dania
country-EE = Estonia
country-ES = Hiszpania
country-FI = Finlandia
country-FR = Francja
country-GB = Wielka Brytania
country-GR = Grecja
country-HR = Chorwacja
country-HU = Węgry
country-IE = Irlandia
country-IS = Islandia
country-IT = Włochy
country-LI = Liechtenstein
country-LT = Litwa
country-LU = Luksemburg
country-LV = Łotwa
country-MD = Mołdawia
country-ME = Czarnogóra
country-MK = Macedonia Północna
country-MT = Malta
country-NL = Niderlandy
country-NO = Norwegia
country-PL = Polska
country-PT = Portugalia
country-RO = Rumunia
country-RS = Serbia
country-SE = Szwecja
country-SI = Słowenia
country-SK = Słowacja
country-TR = Turcja
country-UA = Ukraina
country-XK = Kosowo

## Logowanie i strona konta
signin-title = Logowanie
signin-submit = Zaloguj się
signin-forgot = Nie pamiętasz hasła?
signin-too-many = Zbyt wiele nieudanych prób. Dla bezpieczeństwa Twojego konta odczekaj { $minutes ->
    [one] { $minutes } minutę
    [few] { $minutes } minuty
    [many] { $minutes } minut
   *[other] { $minutes } minuty
} i spróbuj ponownie.
signout-submit = Wyloguj się
field-email = Adres e-mail
field-password = Hasło
field-name = Imię i nazwisko
field-current-password = Obecne hasło
field-new-password = Nowe hasło
field-token-name = Do czego służy token
password-hint = Co najmniej 10 znaków. Kilka niezwiązanych ze sobą słów to silne hasło, które łatwo zapamiętać.
form-error-summary = Popraw następujące pola
form-email-invalid = Wpisz adres e-mail w formacie nazwa@example.org.
form-password-required = Wpisz hasło.
form-signin-wrong = Adres e-mail lub hasło są nieprawidłowe.
form-password-current-wrong = Obecne hasło jest nieprawidłowe.
form-password-too-short = Hasło musi mieć co najmniej 10 znaków.
form-password-too-long = Hasło może mieć najwyżej 1024 znaki.
form-token-name-invalid = Napisz w kilku słowach, do czego służy token (maksymalnie 120 znaków).
form-name-invalid = Wpisz imię i nazwisko (maksymalnie 120 znaków).
account-title = Twoje konto
account-roles = Twoje projekty
account-no-roles = Nie masz jeszcze roli w żadnym projekcie. Może Cię zaprosić organizator.
account-password = Zmiana hasła
account-password-submit = Zmień hasło
account-password-changed = Hasło zostało zmienione. Wylogowaliśmy Cię na wszystkich pozostałych urządzeniach.
account-sessions = Gdzie korzystasz z konta
account-sessions-caption = Twoje sesje, od ostatnio używanej
account-device = Przeglądarka lub urządzenie
account-last-seen = Ostatnio używana
account-actions = Działania
account-this-session = Ta sesja
account-end-session = Wyloguj tam
account-session-ended = Ta sesja została zakończona.
account-unknown-device = Nieznana przeglądarka
account-tokens = Tokeny API
account-tokens-help = Token pozwala skryptowi korzystać z API z Twoimi uprawnieniami. Zachowaj go w tajemnicy i unieważnij, gdy nie będzie już potrzebny.
account-tokens-caption = Twoje tokeny API
account-token-create = Utwórz token
account-token-created = Twój nowy token jest gotowy.
account-token-once = Skopiuj go teraz – nie zostanie wyświetlony ponownie.
account-token-revoked = Token został unieważniony.
account-created = Utworzony
account-last-used = Ostatnio użyty
account-never-used = nigdy
account-revoked = unieważniony
account-revoke = Unieważnij
member-role-organiser = Organizator
member-role-coordinator = Koordynator miasta partnerskiego
member-role-participant = Uczestnik
admin-title = Administracja serwisu
error-session-not-found = Nie znaleziono sesji
error-token-not-found = Nie znaleziono tokenu
error-request-cross-site = Żądanie odrzucone
error-403-help = To żądanie zostało odrzucone. Jeśli trafiasz tu z linku na innej stronie internetowej, otwórz ten serwis bezpośrednio i spróbuj ponownie.
error-form-invalid = Nie udało się odczytać formularza

## Panel zarządzania: projekty, osoby, zaproszenia, dziennik zmian, administracja
manage-title = Panel zarządzania
manage-your-role = Twoja rola:
manage-public-page = Publiczna strona projektu
field-role = Rola
field-town = Miasto partnerskie
people-title = Osoby i role
people-caption = Wszystkie osoby, które mają rolę w tym projekcie
people-change-role = Zmień
people-revoke = Usuń z projektu
people-invite = Zaproś osobę
people-invite-help = Zaproszona osoba otrzyma e-mail z linkiem, który działa jednorazowo przez 14 dni. Za jego pomocą utworzy konto lub skorzysta z tego, które już ma.
people-town-hint = Dla koordynatorów miast partnerskich: miasto, którego delegację rejestrują.
people-invite-submit = Wyślij zaproszenie
people-invited = Zaproszenie zostało wysłane.
people-role-changed = Rola została zmieniona.
people-revoked = Ta osoba nie ma już roli w tym projekcie.
form-role-invalid = Wybierz rolę.
form-role-town-required = Koordynator działa w imieniu jednego miasta partnerskiego – wybierz je.
form-invitation-account-exists = Konto z tym adresem już istnieje. Najpierw się zaloguj, a potem ponownie otwórz zaproszenie.
form-account-unknown = Nie ma konta z tym adresem.
form-project-unknown = Wybierz projekt.
audit-title = Dziennik zmian
audit-empty = Nic jeszcze nie zmieniono.
audit-caption = Kto co zmienił, od najnowszych zmian
audit-when = Kiedy
audit-who = Kto
audit-what = Co
audit-target = Dotyczy
audit-system = system
audit-account-create = utworzono konto
audit-account-create_admin = utworzono administratora
audit-account-password_change = zmieniono hasło
audit-account-password_reset = zresetowano hasło
audit-role-set = nadano rolę
audit-role-revoke = odebrano rolę
audit-invitation-create = wysłano zaproszenie
audit-invitation-accept = przyjęto zaproszenie
audit-token-create = utworzono token API
audit-token-revoke = unieważniono token API
invitation-title = Zaproszenie
invitation-project = Projekt
invitation-expires = Ważne do
invitation-signed-in-as = Zalogowano jako
invitation-accept = Przyjmij zaproszenie
invitation-new-account = Utwórz konto
invitation-create-and-accept = Utwórz konto i przyjmij zaproszenie
invitation-have-account = Masz już konto?
admin-accounts = Konta
admin-accounts-caption = Wszystkie konta w tym serwisie
admin-grant = Nadaj rolę organizatora
admin-grant-submit = Nadaj rolę organizatora
admin-organiser-granted = To konto jest teraz organizatorem projektu.
admin-mail = Skrzynka nadawcza
admin-mail-empty = Nie wysłano jeszcze żadnej wiadomości e-mail.
admin-mail-caption = Ostatnie wiadomości, od najnowszej
admin-mail-to = Do
admin-mail-subject = Temat
admin-mail-status = Status
admin-mail-sent = wysłano o
admin-mail-waiting = { $attempts ->
    [0] oczekuje
    [one] oczekuje, { $attempts } nieudana próba
    [few] oczekuje, { $attempts } nieudane próby
    [many] oczekuje, { $attempts } nieudanych prób
   *[other] oczekuje, { $attempts } nieudanej próby
}
error-auth-forbidden = Brak uprawnień
error-409-help = Ta zmiana doprowadziłaby do niedozwolonego stanu.
error-member-not-found = Nie znaleziono tej osoby w projekcie
error-invitation-invalid = Tego zaproszenia nie można użyć
error-mail-not-found = Nie znaleziono wiadomości
error-role-last-organiser = Projekt musi mieć organizatora
mail-invitation-subject = Zaproszenie: { $project }
mail-invitation-body =
    Dzień dobry,

    { $inviter } zaprasza Cię do projektu „{ $project }” w serwisie Twinning. Twoja rola: { $role }.

    Aby przyjąć zaproszenie, otwórz ten link (działa jednorazowo, do { $date }):
    { $link }

    Jeśli nie spodziewasz się tego zaproszenia, możesz zignorować tę wiadomość.

## Resetowanie hasła
reset-title = Resetowanie hasła
reset-help = Wpisz adres e-mail swojego konta. Wyślemy Ci link, za pomocą którego ustawisz nowe hasło.
reset-submit = Wyślij link
reset-sent = Jeśli istnieje konto z tym adresem, link do ustawienia nowego hasła jest już w drodze. Działa jednorazowo przez godzinę.
reset-new-title = Ustaw nowe hasło
reset-new-submit = Zapisz nowe hasło
reset-done = Hasło zostało zmienione. Zaloguj się nowym hasłem.
error-reset-invalid = Tego linku nie można użyć
admin-mail-retry = Ponów teraz
mail-reset-subject = Resetowanie hasła w serwisie Twinning
mail-reset-body =
    Dzień dobry, { $name }!

    Ktoś poprosił o zresetowanie hasła do Twojego konta w serwisie Twinning. Aby ustawić nowe hasło, otwórz ten link w ciągu { $minutes ->
        [one] { $minutes } minuty
        [few] { $minutes } minut
        [many] { $minutes } minut
       *[other] { $minutes } minuty
    } (działa jednorazowo):
    { $link }

    Jeśli to nie Ty, zignoruj tę wiadomość – Twoje hasło pozostanie bez zmian.

## Tłumaczenie treści projektu
translations-title = Tłumaczenia
translations-help = Jaka część treści projektu istnieje w każdym z jego języków. Jeśli tekstu brakuje, strony pokazują go w głównym języku projektu, a w dalszej kolejności po angielsku – z odpowiednim oznaczeniem.
translations-caption = Pola z tekstem według rodzaju treści i języka
translations-what = Treść
translations-all = Cała treść
translations-cell = { $done } / { $total }
translations-files = Pliki dla tłumaczy
translations-files-help = Pobierz teksty jako plik XLIFF, który otworzysz w narzędziach do tłumaczenia; prześlij przetłumaczony plik, aby wczytać teksty. Zobaczysz, co się zmieniło.
translations-download-missing = Pobierz brakujące teksty (XLIFF)
translations-download-all = Pobierz wszystko
translations-upload = Przetłumaczony plik XLIFF
translations-upload-submit = Prześlij i zastosuj
translations-add-language = Dodaj język
translations-language-code = Kod języka
translations-language-code-hint = Na przykład de, sv, sr-Latn lub it.
translations-add-language-submit = Dodaj język
translations-language-added = Język został dodany do projektu.
translations-editor-help = Każde pole pokazuje swój tekst w głównym języku projektu; wpisz tłumaczenie pod nim. Wyczyszczenie pola usuwa jego tłumaczenie.
translations-save = Zapisz tłumaczenia
translations-changed = Co się zmieniło
translations-removed = Usunięte tłumaczenia:
translations-report = { $changed ->
    [one] Zmieniono { $changed } tekst
    [few] Zmieniono { $changed } teksty
    [many] Zmieniono { $changed } tekstów
   *[other] Zmieniono { $changed } tekstu
}, usunięto: { $removed }, bez zmian: { $unchanged }, odrzucono: { $rejected }.
translations-unknown-field = { $id }: w tym projekcie nie ma takiego pola.
translations-group-project = Projekt
translations-group-partner = Partner
translations-group-event = Spotkanie
translations-group-item = Punkt programu
translations-group-venue = Miejsce
translations-group-town = Miasto
translations-group-organisation = Organizacja
translations-group-twinning = Porozumienie między miastami
translations-field-title = tytuł
translations-field-aims = cele
translations-field-programme = program finansowania
translations-field-strand = komponent
translations-field-measure = działanie
translations-field-label = tekst linku
translations-field-illustrative = uwaga o danych poglądowych
translations-field-description = opis
translations-field-hosts = prowadzący i prelegenci
translations-field-name = nazwa
translations-field-accessibility = dostępność
translations-field-region = region
form-text-too-long = Tekst jest za długi.
form-text-required = Ten tekst jest potrzebny w co najmniej jednym języku.
form-text-control-character = Tekst zawiera niewidoczny znak sterujący – usuń go.
error-language-not-in-project = Ten język nie należy do języków projektu
error-xliff-malformed = Plik nie jest czytelnym plikiem XLIFF
error-xliff-wrong-language = Plik dotyczy innego języka
error-xliff-empty = Plik nie zawiera tekstów
error-xliff-upload = Nie udało się odebrać pliku
error-lang-invalid = To nie jest kod języka
error-422-help = Nie udało się użyć tych danych. Wróć, sprawdź je i spróbuj ponownie.

## Kontrola programu
checks-title = Kontrola programu
checks-intro = To, co doświadczony organizator sprawdza jeszcze raz przed publikacją. To ostrzeżenia, a nie błędy: program nadal można opublikować.
checks-none = Brak ostrzeżeń: program wygląda na spójny.
checks-count = { $count ->
    [one] { $count } ostrzeżenie
    [few] { $count } ostrzeżenia
    [many] { $count } ostrzeżeń
   *[other] { $count } ostrzeżenia
}
check-outside-event = Punkt programu „{ $item }” przypada na dzień poza terminem spotkania.
check-venue-double-booked = Punkty programu „{ $first }” i „{ $second }” odbywają się w tym samym czasie w tym samym miejscu: { $venue }.
check-delegates-overlap = Punkty programu „{ $first }” i „{ $second }” są przeznaczone dla wszystkich delegacji i nakładają się na siebie w czasie.
check-too-little-travel = Między „{ $first }” a „{ $second }” trzeba pokonać { $km } km { $mode }: zajmie to około { $needed ->
    [one] { $needed } minuty
    [few] { $needed } minut
    [many] { $needed } minut
   *[other] { $needed } minuty
}, a odstęp między nimi wynosi tylko { $available ->
    [one] { $available } minutę
    [few] { $available } minuty
    [many] { $available } minut
   *[other] { $available } minuty
}.
check-public-without-capacity = Punkt programu „{ $item }” jest otwarty dla wszystkich, ale nie ma określonej liczby miejsc, więc nie da się ograniczyć liczby rejestracji.
check-mode-walk = pieszo
check-mode-coach = autokarem

programme-last-changed = Ostatnia zmiana: { $date }

## Edycja programu
manage-programme-for = Program: { $event }
items-new = Dodaj punkt programu
items-saved = Punkt programu został zapisany.
items-deleted = Punkt programu został usunięty.
items-field-slug = Krótka nazwa do adresu
items-slug-hint = Małe litery, cyfry i łączniki, na przykład zwiedzanie-twierdzy. Później nie da się jej zmienić.
items-field-title = Tytuł
items-when = Kiedy
items-field-starts = Początek
items-field-ends = Koniec
items-field-kind = Rodzaj
items-field-capacity = Liczba miejsc
items-capacity-hint = Pozostaw puste, jeśli nie ma limitu. Punkty programu otwarte dla wszystkich powinny mieć określoną liczbę miejsc.
items-field-venues = Miejsca
items-field-description = Opis
items-languages-hint = Kody języków oddzielone przecinkami, na przykład lv, en.
items-save = Zapisz
items-duplicate = Duplikuj
items-delete = Usuń
items-public-page = Publiczna strona punktu programu
form-slug-invalid = Użyj od 1 do 64 małych liter, cyfr i pojedynczych łączników.
form-item-slug-taken = Inny punkt programu tego spotkania ma już tę krótką nazwę.
form-time-invalid = Wpisz datę i godzinę.
form-time-nonexistent = Ta godzina nie istnieje w strefie czasowej spotkania (zegary ją przeskakują).
form-item-ends-before-start = Punkt programu musi się kończyć później, niż się zaczyna.
form-kind-invalid = Wybierz rodzaj.
form-audience-invalid = Wybierz, dla kogo jest ten punkt programu.
form-capacity-invalid = Wpisz całkowitą liczbę miejsc, co najmniej 1, albo pozostaw pole puste.
form-lang-invalid = Użyj kodów języków, takich jak lv, en lub sr-Latn.
form-venue-unknown = Wybierz miejsca z listy.
form-item-capacity-zero = Liczba miejsc wynosi co najmniej 1; jeśli nie ma limitu, pozostaw pole puste.

## Publikacja programu
programme-changes = Dodano: { $added }, zmieniono: { $changed }, usunięto: { $removed }
publish-never = Wersja robocza: program nie będzie publicznie widoczny, dopóki go nie opublikujesz.
publish-up-to-date = Opublikowano jako wersję { $version }; publicznie widoczny jest dokładnie ten program.
publish-pending = { $count ->
    [one] Od wersji { $version } wprowadzono { $count } zmianę, która nie jest jeszcze opublikowana.
    [few] Od wersji { $version } wprowadzono { $count } zmiany, które nie są jeszcze opublikowane.
    [many] Od wersji { $version } wprowadzono { $count } zmian, które nie są jeszcze opublikowane.
   *[other] Od wersji { $version } wprowadzono { $count } zmiany, które nie są jeszcze opublikowane.
}
publish-submit = Opublikuj program
publish-done = Program został opublikowany. Strona publiczna i kalendarze już go pokazują.
publish-nothing = Nie ma nic do opublikowania: ten program jest już publicznie widoczny.
audit-programme-publish = opublikowano program
audit-item-create = dodano punkt programu
audit-item-update = zmieniono punkt programu
audit-item-duplicate = zduplikowano punkt programu
audit-item-delete = usunięto punkt programu
audit-translation-update = zmieniono tłumaczenia
audit-project-language_add = dodano język

## Klonowanie spotkania
events-clone = Klonuj to spotkanie
events-clone-help = Skopiuj jego program jako punkt wyjścia dla następnego spotkania: każdy punkt programu przesunie się razem z nowym pierwszym dniem. Kopia pozostaje wersją roboczą, dopóki jej nie opublikujesz.
events-clone-slug = Krótka nazwa nowego spotkania
events-clone-start = Pierwszy dzień nowego spotkania
events-clone-submit = Klonuj
events-cloned = Spotkanie zostało sklonowane. Jego program pozostaje wersją roboczą, dopóki go nie opublikujesz.
form-event-slug-taken = Projekt ma już spotkanie o tej krótkiej nazwie.
form-date-invalid = Wpisz datę.
audit-event-clone = sklonowano spotkanie

## Zakładanie projektu (panel zarządzania)
setup-new-title = Załóż projekt
setup-new-intro = Projekt to jedna inicjatywa partnerstwa miast: jej miasta partnerskie, spotkania i ich programy. Zostaniesz jego pierwszym organizatorem, a Twoje miasto – jego partnerem wiodącym. Wszystko można później zmienić.
setup-create = Załóż projekt
setup-created = Projekt został założony. Następny krok: dodaj miasta partnerskie, miejsca i pierwsze spotkanie.
setup-saved = Dane projektu zostały zapisane.
setup-settings-title = Dane projektu
setup-settings-intro = Teksty wpisuje się w głównym języku projektu; na stronach tłumaczeń przenosi się je do pozostałych języków.
setup-field-slug = Krótka nazwa do adresu
setup-slug-hint = Małe litery, cyfry i łączniki, na przykład unity-in-diversity. Pojawia się w każdym adresie projektu i później nie da się jej zmienić.
setup-field-acronym = Akronim
setup-acronym-hint = W takiej formie, w jakiej zna projekt instytucja finansująca, na przykład TTChan (maksymalnie 40 znaków).
setup-field-aims = Cele
setup-field-lead-town = Miasto partnera wiodącego
setup-lead-town-hint = Twoje własne miasto. Jeśli nie ma go na liście, pozostaw „Nie ma na liście” i poniżej podaj jego nazwę i kraj.
setup-town-not-listed = Nie ma na liście
setup-field-town-name = Nazwa miasta w jego języku
setup-town-name-hint = Tak, jak zapisuje ją samo miasto, na przykład Daugavpils lub Raška. Potrzebna tylko dla miasta, którego nie ma na liście.
setup-field-default-lang = Język główny
setup-default-lang-hint = Język, w którym piszą organizatorzy, podany jako kod, na przykład lv, en lub sr-Latn.
setup-field-languages = Języki projektu
setup-field-period-start = Początek projektu
setup-field-period-end = Koniec projektu
setup-field-funding-programme = Program finansowania
setup-funding-hint = Na przykład Europa dla Obywateli. Pozostaw puste, jeśli projekt nie ma źródła finansowania.
setup-field-funding-strand = Komponent
setup-field-funding-measure = Działanie
setup-field-links = Linki
setup-links-hint = Jeden w wierszu: opis, pionowa kreska, a potem adres, na przykład Strona projektu | https://example.org

## Partnerzy (panel zarządzania)
partners-manage-title = Miasta partnerskie
partners-manage-caption = Miasta biorące udział w projekcie i ich role
partners-actions = Działania
partners-change-role = Zmień rolę
partners-remove = Usuń
partners-add = Dodaj miasto partnerskie
partners-add-intro = Wybierz miasto, które serwis już zna, albo podaj nazwę i kraj nowego. Wskazanie nowego partnera wiodącego sprawia, że dotychczasowy partner wiodący staje się zwykłym partnerem.
partners-added = Miasto partnerskie zostało dodane.
partners-saved = Rola partnera została zmieniona.
partners-removed = Miasto partnerskie zostało usunięte z projektu.

## Miejsca (panel zarządzania)
venues-manage-title = Miejsca
venues-manage-caption = Miejsca projektu według miejscowości
venues-new = Dodaj miejsce
venues-none-yet = Nie ma jeszcze żadnych miejsc.
venues-saved = Miejsce zostało zapisane.
venues-slug-hint = Małe litery, cyfry i łączniki, na przykład daugavpils-fortress. Później nie da się jej zmienić.
venues-new-town-hint = Tylko dla miejscowości, której nie ma na liście, na przykład przystanku na trasie wycieczki.
venues-coordinates-hint = Szerokość i długość geograficzna, na przykład 55.8714, 26.5161 – albo adres mapy wyśrodkowanej na tym miejscu.
venues-map-intro = Aby wskazać miejsce na mapie: otwórz mapę, wyśrodkuj ją na tym miejscu, skopiuj adres z paska adresu przeglądarki i wklej go w pole współrzędnych.
venues-open-map = Otwórz mapę (OpenStreetMap)
venues-accessibility-hint = Wejście bez schodów, windy, toalety dla osób z niepełnosprawnościami, pętle indukcyjne: to, co powinna wiedzieć osoba odwiedzająca.
venues-public-page = Publiczna strona miejsca

## Spotkania (panel zarządzania)
events-new = Dodaj spotkanie
events-none-yet = Nie ma jeszcze żadnych spotkań.
events-settings = Dane spotkania
events-programme = Program spotkania
events-saved = Dane spotkania zostały zapisane.
events-delete = Usuń spotkanie
events-deleted = Spotkanie zostało usunięte.
events-slug-hint = Małe litery, cyfry i łączniki, na przykład daugavpils-2018. Później nie da się jej zmienić.
events-field-start = Pierwszy dzień
events-field-end = Ostatni dzień
events-field-zone = Strefa czasowa
events-zone-hint = Strefa czasowa miejsca spotkania, podana jako nazwa IANA, na przykład Europe/Riga. Wszystkie godziny w programie są podane w tej strefie.

## Kto może zakładać projekty (administracja)
admin-starter = Może zakładać projekty
admin-starter-yes = Tak
admin-starter-allow = Zezwól
admin-starter-revoke = Cofnij zgodę
admin-starter-saved = Uprawnienie konta do zakładania projektów zostało zmienione.

## Komunikaty formularzy przy zakładaniu projektu
form-choose = Wybierz…
form-slug-reserved = To słowo jest nazwą osobnej strony serwisu; wybierz inne.
form-slug-duplicate = Ta krótka nazwa występuje dwukrotnie.
form-coordinates-invalid = Szerokość geograficzna mieści się w przedziale od -90 do 90, a długość od -180 do 180.
form-coordinates-unreadable = Wpisz szerokość i długość geograficzną w stopniach dziesiętnych, na przykład 55.8714, 26.5161, albo wklej adres mapy wyśrodkowanej na tym miejscu.
form-country-invalid = Wybierz kraj.
form-event-ends-before-start = Ostatni dzień spotkania nie może przypadać przed jego pierwszym dniem.
form-event-outside-project = Spotkanie musi się odbyć w okresie realizacji projektu.
form-funding-programme-required = Podaj nazwę programu finansowania albo pozostaw puste również pola komponentu i działania.
form-link-invalid = Wpisz każdy link jako opis, pionową kreskę i adres zaczynający się od https://.
form-partner-already = To miasto jest już partnerem.
form-project-acronym-invalid = Wpisz akronim o długości od 1 do 40 znaków.
form-project-default-lang-missing = Wśród języków musi być język główny.
form-project-ends-before-start = Projekt nie może się zakończyć, zanim się zacznie.
form-project-one-lead = Projekt ma dokładnie jednego partnera wiodącego.
form-project-slug-taken = Inny projekt ma już tę krótką nazwę.
form-status-invalid = Wybierz status.
form-town-name-required = Wpisz nazwę miasta w jego języku (maksymalnie 300 znaków).
form-town-unknown = Wybierz miasto z listy.
form-url-invalid = Wpisz adres zaczynający się od https:// lub http://.
form-venue-slug-taken = Miejsce o tej krótkiej nazwie już istnieje (miejsca są wspólne dla wszystkich projektów).
form-zone-invalid = Wpisz strefę czasową, na przykład Europe/Riga.
audit-project-create = założono projekt
audit-project-update = zmieniono dane projektu
audit-partner-add = dodano miasto partnerskie
audit-partner-role = zmieniono rolę partnera
audit-partner-remove = usunięto miasto partnerskie
audit-venue-create = dodano miejsce
audit-venue-update = zmieniono miejsce
audit-event-create = dodano spotkanie
audit-event-update = zmieniono dane spotkania
audit-event-delete = usunięto spotkanie
audit-account-may_start_projects = nadano uprawnienie do zakładania projektów
audit-account-may_not_start_projects = odebrano uprawnienie do zakładania projektów

## Rejestracja na punkt programu otwarty dla wszystkich
registration-title = Rejestracja
registration-places-left = { $left ->
    [one] Pozostało jeszcze jedno wolne miejsce z { $capacity }.
    [few] Pozostały jeszcze { $left } wolne miejsca z { $capacity }.
    [many] Pozostało jeszcze { $left } wolnych miejsc z { $capacity }.
   *[other] Pozostało jeszcze { $left } wolnego miejsca z { $capacity }.
}
registration-full = { $waiting ->
    [0] Wszystkie miejsca są zajęte. Możesz zapisać się na listę oczekujących: gdy ktoś zrezygnuje, miejsce i wiadomość e-mail otrzyma pierwsza osoba z listy.
    [one] Wszystkie miejsca są zajęte; na liście oczekujących jest jedna osoba. Możesz zapisać się na listę oczekujących: gdy ktoś zrezygnuje, miejsce i wiadomość e-mail otrzyma pierwsza osoba z listy.
    [few] Wszystkie miejsca są zajęte; na liście oczekujących są { $waiting } osoby. Możesz zapisać się na listę oczekujących: gdy ktoś zrezygnuje, miejsce i wiadomość e-mail otrzyma pierwsza osoba z listy.
    [many] Wszystkie miejsca są zajęte; na liście oczekujących jest { $waiting } osób. Możesz zapisać się na listę oczekujących: gdy ktoś zrezygnuje, miejsce i wiadomość e-mail otrzyma pierwsza osoba z listy.
   *[other] Wszystkie miejsca są zajęte; na liście oczekujących jest { $waiting } osoby. Możesz zapisać się na listę oczekujących: gdy ktoś zrezygnuje, miejsce i wiadomość e-mail otrzyma pierwsza osoba z listy.
}
registration-email-hint = Na ten adres wyślemy potwierdzenie i link do Twojej osobistej strony.
registration-field-town = Twoje miasto lub organizacja
registration-privacy = Twoje imię i nazwisko, adres e-mail, miasto i kraj widzą wyłącznie organizatorzy projektu „{ $project }” oraz – gdy kontrolują projekt – audytorzy instytucji finansującej. Dane te nigdy nie są pokazywane publicznie. Za pomocą linku z wiadomości e-mail możesz zobaczyć swoje rejestracje i je anulować.
registration-privacy-accept = Wiem, w jaki sposób będą wykorzystywane moje dane, i wyrażam na to zgodę.
registration-submit = Zarejestruj się
registration-closed = Rejestracja jest zamknięta: ten punkt programu już się rozpoczął lub zakończył.
registration-done-title = Dziękujemy za rejestrację
registration-done-confirmed = Masz zapewnione miejsce.
registration-done-waiting = Wszystkie miejsca są zajęte: jesteś na liście oczekujących. Jeśli zwolni się miejsce, otrzymasz wiadomość e-mail.
registration-check-mail = Wysłaliśmy Ci wiadomość e-mail ze szczegółami, punktem programu do dodania do kalendarza i linkiem do Twojej osobistej strony, na której możesz anulować rejestrację.
registration-back = Wróć do punktu programu
registration-mail-subject = Rejestracja: { $item }
registration-mail-confirmed =
    Dzień dobry, { $name }!

    Masz zapewnione miejsce na:

    { $item }

    W załączniku znajdziesz ten punkt programu do dodania do kalendarza. Twoja osobista strona z Twoim programem, subskrypcją kalendarza i przyciskiem do anulowania rejestracji jest tutaj (nie udostępniaj tego linku innym):
    { $link }
registration-mail-waiting =
    Dzień dobry, { $name }!

    Wszystkie miejsca są zajęte, dlatego jesteś na liście oczekujących na:

    { $item }

    Jeśli ktoś zrezygnuje, miejsce i wiadomość e-mail otrzyma pierwsza osoba z listy. Twoja osobista strona, na której możesz też wypisać się z listy oczekujących, jest tutaj (nie udostępniaj tego linku innym):
    { $link }
registration-mail-promoted =
    Dzień dobry, { $name }!

    Zwolniło się miejsce i jest ono Twoje:

    { $item }

    W załączniku znajdziesz ten punkt programu do dodania do kalendarza. Aby anulować rejestrację, użyj linku z pierwszej wiadomości e-mail.
registration-status-confirmed = Miejsce potwierdzone
registration-status-waiting = Na liście oczekujących
registration-status-cancelled = Anulowano
form-registration-town-required = Wpisz swoje miasto lub organizację (maksymalnie 120 znaków).
form-registration-privacy-required = Wyraź zgodę na sposób wykorzystania swoich danych albo zrezygnuj z rejestracji.

## Osobista strona uczestnika
my-title = Mój program
my-greeting = Dzień dobry, { $name }! To jest Twój program: punkty programu, na które masz rejestrację, oraz program delegacji, jeśli przyjeżdżasz z jedną z nich.
my-keep-link = Adres tej strony jest Twoim kluczem: nie udostępniaj go innym.
my-calendar = W Twoim kalendarzu
my-calendar-hint = Zasubskrybuj program, a Twoja aplikacja kalendarza będzie go aktualizować, gdy organizatorzy wprowadzą zmiany. Adres subskrypcji również jest prywatny.
my-calendar-subscribe = Subskrybuj w aplikacji kalendarza
my-calendar-download = Pobierz jako plik (.ics)
my-registrations = Moje rejestracje
my-cancel = Anuluj
my-cancelled = Twoja rejestracja została anulowana.
my-programme = Mój program dzień po dniu

## Osoby uczestniczące w spotkaniu (panel zarządzania)
participants-title = Osoby
participants-for = Osoby: { $event }
participants-title-delegation = Delegacja: { $town }
participants-no-delegation = Bez delegacji
participants-anonymised = (zanonimizowano)
participants-new = Dodaj osobę
participants-saved = Dane osoby zostały zapisane.
participants-deleted = Osoba została usunięta.
participants-delete = Usuń tę osobę
participants-total = { $count ->
    [one] Jedna osoba.
    [few] { $count } osoby.
    [many] { $count } osób.
   *[other] { $count } osoby.
}
participants-figures = Liczby
participants-invited = Uczestnicy zaproszeni (wysłani przez partnera z innego kraju)
participants-local = Uczestnicy lokalni
participants-attended = Obecni co najmniej jednego dnia
participants-by-country = Osoby według krajów
participants-by-delegation = Osoby według delegacji
participants-by-role = Osoby według roli
participants-count = Liczba
participants-list = Wszyscy
participants-search = Szukaj według imienia i nazwiska, miasta lub adresu e-mail
participants-search-submit = Szukaj
participants-none = Nie ma jeszcze nikogo.
participants-caption = Osoby w kolejności alfabetycznej
participants-needs = Szczególne potrzeby
participants-export-csv = Pobierz jako CSV
participants-export-xlsx = Pobierz jako XLSX (osobny arkusz dla każdego miasta)
participants-privacy-note = Potrzebne są tylko imię i nazwisko, miasto lub organizacja oraz kraj. Poinformuj tę osobę, że te dane widzą organizatorzy oraz – gdy kontrolują projekt – audytorzy instytucji finansującej. Dane te nigdy nie są pokazywane publicznie.
participants-email-hint = Aby wysłać tej osobie jej własny program i link do kalendarza.
participants-field-delegation = Delegacja
participants-field-arrival-place = Miejsce przyjazdu
participants-field-arrival-time = Przyjazd
participants-field-departure-place = Miejsce wyjazdu
participants-field-departure-time = Wyjazd
participants-field-by = Środek transportu
participants-field-accommodation = Zakwaterowanie
participants-field-dietary = Wymagania żywieniowe
participants-field-access = Potrzeby w zakresie dostępności
participants-field-photos = Może występować na zdjęciach projektu
participant-role-delegate = Delegat
participant-role-speaker = Prelegent
participant-role-staff = Personel
participant-role-press = Prasa
participant-role-resident = Mieszkaniec
travel-by-plane = Samolot
travel-by-train = Pociąg
travel-by-bus = Autobus
travel-by-coach = Autokar
travel-by-car = Samochód
travel-by-ship = Statek
travel-by-other = Inny
upload-title = Prześlij listę
upload-intro = Plik CSV lub XLSX, którego pierwszy wiersz zawiera nazwy kolumn. Osoby, które już są na liście (ten sam adres e-mail, a gdy go brak – to samo imię i nazwisko), zostaną zaktualizowane, a nie dodane po raz drugi.
upload-template = Pobierz szablon (CSV)
upload-file = Plik (CSV lub XLSX)
upload-submit = Prześlij
upload-summary = Dodano: { $created }. Zaktualizowano: { $updated }. Odrzucono: { $rejected }.
upload-report-caption = Każdy wiersz pliku i co się z nim stało
upload-row = Wiersz
upload-outcome = Wynik
upload-created = dodano
upload-updated = zaktualizowano
upload-rejected = odrzucono
upload-back = Wróć do listy
form-participant-town-required = Wpisz miasto lub organizację (maksymalnie 120 znaków).
form-participant-role-invalid = Użyj jednej z wartości: delegate (delegat), speaker (prelegent), staff (personel), press (prasa) lub resident (mieszkaniec).
form-travel-invalid = Użyj jednej z wartości: plane (samolot), train (pociąg), bus (autobus), coach (autokar), car (samochód), ship (statek) lub other (inny).
form-travel-leaves-before-arriving = Wyjazd nie może nastąpić przed przyjazdem.
form-yes-no-invalid = Wpisz yes (tak) lub no (nie).
audit-people-save = zapisano osoby
audit-person-update = zmieniono dane osoby
audit-person-delete = usunięto osobę

## Strony błędów: zakładanie projektu, rejestracja i osoby
error-partner-lead-required = Partner wiodący musi pozostać
error-partner-hosts-event = To miasto jest gospodarzem spotkania
error-partner-has-coordinators = To miasto ma koordynatorów
error-partner-not-found = Nie znaleziono miasta partnerskiego
error-event-published = Opublikowane spotkanie musi pozostać
error-role-invalid = Nieznana rola
error-allow-invalid = Nieznana opcja
error-account-not-found = Nie znaleziono konta
error-registration-closed = Rejestracja jest zamknięta
error-registration-not-found = Nie znaleziono rejestracji
error-link-unknown = Tego linku nie można użyć
error-person-not-found = Nie znaleziono osoby
error-delegation-invalid = Nieznana delegacja
error-upload-invalid = Nie udało się odebrać pliku
error-upload-empty = Wybierz plik
error-upload-unreadable = Nie można odczytać pliku jako CSV ani XLSX
error-upload-no-name-column = Plik nie ma kolumny z imieniem i nazwiskiem

## Dane osobowe: własne dane i okres ich przechowywania
my-data = Moje dane
my-data-hint = Możesz pobrać wszystkie dane, które są o Tobie przechowywane, albo je usunąć. Usunięcie danych anuluje Twoje rejestracje (Twoje miejsca otrzymają osoby z listy oczekujących) i wymazuje Twoje imię i nazwisko, dane kontaktowe oraz szczególne potrzeby; w zestawieniach, których wymaga instytucja finansująca, pozostają tylko Twój kraj i delegacja, niepowiązane z Twoim imieniem i nazwiskiem. Ten link przestanie wtedy działać.
my-data-download = Pobierz moje dane (JSON)
my-erase-confirm = Tak, usuń moje dane.
my-erase = Usuń moje dane
my-erase-confirm-needed = Aby usunąć swoje dane, najpierw zaznacz pole potwierdzenia.
my-erased-title = Twoje dane zostały usunięte
my-erased = Twoje rejestracje zostały anulowane, a Twoje dane osobowe usunięte. Dziękujemy za udział.
retention-title = Przechowywanie danych osobowych
retention-hint = Po tej dacie dane osób w tym projekcie zostaną zanonimizowane: imiona i nazwiska, dane kontaktowe i szczególne potrzeby zostaną wymazane; kraje, delegacje i obecność pozostaną na potrzeby sprawozdania. Ustaw datę końca okresu, w którym instytucja finansująca może kontrolować projekt.
retention-until = Przechowuj dane osobowe do
retention-saved = Termin przechowywania danych został zapisany.
audit-project-retention = ustawiono termin przechowywania danych
audit-people-purge = zanonimizowano dane osobowe
error-date-invalid = Nieprawidłowa data

## Potwierdzanie obecności i identyfikatory
checkin-title = Potwierdzanie obecności
checkin-day = Dzień
checkin-show-day = Pokaż
checkin-present = Obecne osoby: { $count } z { $total }.
checkin-by-code = Według kodu z identyfikatora
checkin-code = Kod na identyfikatorze
checkin-submit = Potwierdź obecność
checkin-scan = Zeskanuj kamerą
checkin-list = Z listy
checkin-here = Obecność potwierdzona
checkin-undo = Cofnij
checkin-done = Potwierdzono obecność: { $name }.
checkin-undone = Cofnięto potwierdzenie obecności: { $name }.
checkin-unknown-code = Nikt z uczestników tego spotkania nie ma takiego kodu. Sprawdź go lub znajdź tę osobę na liście.
badges-title = Identyfikatory
badges-hint = Wydrukuj tę stronę na papierze A4 (osiem identyfikatorów na arkuszu), wytnij je wzdłuż linii przerywanych i włóż do etui. Kod i kod QR służą do potwierdzania obecności danej osoby.
badges-qr = Kod QR do potwierdzania obecności:
participants-per-day = Obecność w poszczególnych dniach
participants-present = Obecne osoby
error-day-invalid = To nie jest dzień tego spotkania
error-person-invalid = Nieznana osoba

## Listy obecności z podpisami
sheet-title = Listy obecności
sheet-intro = Dokument potwierdzający, którego wymaga instytucja finansująca: dla każdego dnia i każdej delegacji imię i nazwisko, miasto i kraj wszystkich osób oraz rubryka na podpis. Wydrukuj listę, poproś o podpisy przy stanowisku rejestracji i przechowuj ją w dokumentacji projektu.
sheet-blank = Pusta lista dla osób, które przychodzą bez rejestracji
sheet-download = Otwórz listę (PDF)
sheet-walk-ins = Osoby, które przyszły bez rejestracji
sheet-number = Lp.
sheet-signature = Podpis
sheet-footer = Lista obecności
sheet-page = Strona { $n } z { $total }
error-sheet-invalid = Dla tego wyboru nie można utworzyć listy

## Samodzielna rejestracja przez link delegacji
join-title = Rejestracja w delegacji: { $town }
join-intro = Koordynator z Twojego miasta przesłał Ci ten link do rejestracji na spotkanie „{ $event }”. Potrzebne są tylko Twoje imię i nazwisko, adres e-mail, miasto i kraj; pozostałe informacje pomogą gospodarzom zaplanować Twoją podróż, nocleg i posiłki.
join-done-title = Dziękujemy za rejestrację
join-done = Twoja rejestracja została przyjęta. Wysłaliśmy Ci wiadomość e-mail z linkiem do Twojego osobistego programu; za pomocą tego samego linku możesz zobaczyć i usunąć swoje dane.
join-mail-subject = Rejestracja przyjęta: { $event }
join-mail-body =
    Dzień dobry, { $name }!

    Twoja rejestracja na spotkanie „{ $event }” została przyjęta.

    Twoja osobista strona z Twoim programem i subskrypcją kalendarza jest tutaj (nie udostępniaj tego linku innym):
    { $link }
join-links-title = Linki do samodzielnej rejestracji
join-links-intro = Przekaż link delegacji osobom, które do niej należą: rejestrują się samodzielnie i trafiają od razu do tej delegacji. Nowy link zastępuje poprzedni, który przestaje działać.
join-link-none = na razie brak linku
join-link-renew = Nowy link
join-link-renewed = Nowy link jest gotowy; poprzedni już nie działa.
audit-join-link-renew = odnowiono link do rejestracji
audit-people-join = zarejestrowano osobę przez link

## Kwalifikowalność i dotacja
elig-title = Kwalifikowalność i dotacja
elig-eligible = Projekt spełnia wszystkie zasady zaproszenia do składania wniosków, w ramach którego jest finansowany.
elig-not-eligible = Projekt nie spełnia jeszcze wszystkich zasad.
elig-no-ruleset = Wybierz zaproszenie do składania wniosków, w ramach którego projekt jest finansowany, aby sprawdzić, czy spełnia ono jego zasady.
elig-no-ruleset-choice = Bez zasad instytucji finansującej
elig-version = zasady według stanu na
elig-event-count = { $event }: { $participants ->
    [one] { $participants } osoba
    [few] { $participants } osoby
    [many] { $participants } osób
   *[other] { $participants } osoby
}, w tym zaproszonych: { $invited }, { $days ->
    [one] { $days } dzień
    [few] { $days } dni
    [many] { $days } dni
   *[other] { $days } dnia
} ({ $basis })
elig-basis-registrations = według rejestracji
elig-basis-attendance = według obecności
elig-grant = Dotacja
elig-grant-band = { $amount }: przedział od { $from } do { $to } zaproszonych uczestników
elig-grant-band-top = { $amount }: przedział od { $from } zaproszonych uczestników wzwyż
elig-grant-overridden = { $amount } – kwota wpisana przez organizatorów
elig-grant-none = Dotacja nie przysługuje, dopóki któraś z zasad nie jest spełniona.
elig-grant-calculator = Kwotę wylicza oficjalny kalkulator zaproszenia do składania wniosków: wpisz jego wynik poniżej.
elig-next-band = { $more ->
    [one] Jeszcze { $more } zaproszony uczestnik
    [few] Jeszcze { $more } zaproszonych uczestników
    [many] Jeszcze { $more } zaproszonych uczestników
   *[other] Jeszcze { $more } zaproszonego uczestnika
} → { $amount }
elig-grant-unverified = Tych kwot nie porównano jeszcze z ich źródłem ({ $source }); sprawdź je, zanim zaczniesz na nich polegać.
elig-rules = Zasady
elig-rules-caption = Wszystkie zasady zaproszenia do składania wniosków, odpowiadająca im wartość w projekcie i źródło każdej zasady
elig-rule = Zasada
elig-result = Wynik
elig-required = Wymagane
elig-actual = Projekt
elig-source = Źródło
elig-passed = spełniona
elig-failed = niespełniona
elig-verified = porównano ze źródłem
elig-unverified = jeszcze nie porównano ze źródłem
elig-overridden = zmienione przez organizatorów
elig-settings = Zaproszenie do składania wniosków i korekty
elig-ruleset = Zasady zaproszenia do składania wniosków
elig-call-year = Rok zaproszenia do składania wniosków
elig-call-year-hint = Decyduje o tym, które kraje uczestniczą. Puste pole: rok rozpoczęcia projektu.
elig-grant-override = Dotacja w euro (zastępuje szacunek)
elig-grant-override-hint = Na przykład kwota z oficjalnego kalkulatora zaproszenia do składania wniosków. Puste pole: szacunek według zasad.
elig-rule-overrides = Poprawione wartości
elig-rule-overrides-hint = Tylko jeśli zaproszenie do składania wniosków, w ramach którego złożono wniosek, stanowi inaczej; pozostaw puste pole, aby użyć pokazanej wartości.
elig-saved = Zapisano.
form-ruleset-unknown = Wybierz jedno z wymienionych zaproszeń do składania wniosków.
form-elig-call-year-invalid = Wpisz rok, na przykład 2018.
form-elig-amount-invalid = Wpisz kwotę w pełnych euro.
form-elig-rule-invalid = Wpisz poprawione wartości jako liczby całkowite.
audit-rules-choose = wybrano zaproszenie do składania wniosków
audit-rules-override = zmieniono wartości zasad

## Strona publikacji
publication-title = { $event }: co się wydarzyło
publication-here = Publikacja dla instytucji finansującej
publication-place = Miejsce
publication-participants = Uczestnicy
publication-invited = Zaproszeni uczestnicy z krajów partnerskich
publication-basis-registrations = według dotychczasowych rejestracji
publication-basis-attendance = obecni co najmniej jednego dnia
publication-per-country = Uczestnicy według krajów
publication-per-country-caption = Liczba uczestników z poszczególnych krajów
publication-no-participants = Nie zarejestrowano jeszcze żadnych uczestników.
publication-days = Dzień po dniu

## Sprawozdanie końcowe
report-link = Sprawozdanie końcowe
report-title = Sprawozdanie końcowe: { $project }
report-pdf = Pobierz sprawozdanie z listami obecności (PDF)
report-participation = Uczestnictwo: { $event }
report-annexes = Załączniki
report-annex-publication = Strona publikacji – { $event }: { $url }
report-annex-programme = Program – { $event }: { $url }
report-annex-sheets = { $count ->
    [one] Do niniejszego sprawozdania załączono jedną listę obecności.
    [few] Do niniejszego sprawozdania załączono { $count } listy obecności.
    [many] Do niniejszego sprawozdania załączono { $count } list obecności.
   *[other] Do niniejszego sprawozdania załączono { $count } listy obecności.
}
report-page = Strona { $n }
participants-send-link = Wyślij tej osobie e-mailem link do jej własnego programu
participants-link-sent = Link został wysłany; poprzedni link już nie działa.
audit-person-send_link = wysłano osobisty link
error-person-no-email = Ta osoba nie ma adresu e-mail

## Aktualności i komunikaty prasowe
news-title = Aktualności
news-none = Nie opublikowano jeszcze żadnych aktualności.
news-all = Wszystkie aktualności
news-manage-title = Aktualności i komunikaty prasowe
news-manage-intro = Przygotuj wersję roboczą komunikatu prasowego na podstawie programu i danych liczbowych spotkania albo napisz wpis z aktualnościami. Wpisy pozostają wersjami roboczymi, widocznymi tylko dla organizatorów, dopóki ich nie opublikujesz.
news-manage-caption = Wpisy, od najnowszych
news-new = Napisz wpis
news-edit-intro = Napisz wpis w każdym języku, w którym chcesz go opublikować. Wersja językowa pozostawiona pusta nie jest wyświetlana; czytelnicy zobaczą wtedy wpis w innym języku.
news-field-title = Tytuł
news-field-body = Treść
news-body-hint = Zwykły tekst. Akapity oddzielaj pustym wierszem.
news-slug-hint = Ostatnia część adresu wpisu. Pozostaw puste pole, aby utworzyć ją z tytułu.
news-status = Status
news-public-page = Strona publiczna
news-draft = Wersja robocza, niewidoczna publicznie
news-published-on = Data publikacji: { $date }
news-draft-press-release = Przygotuj komunikat prasowy o spotkaniu „{ $event }”
news-drafted = Wersja robocza komunikatu prasowego została przygotowana na podstawie danych spotkania. Sprawdź ją, popraw i opublikuj.
news-saved = Wpis został zapisany.
news-published = Wpis został opublikowany.
news-unpublished = Wpis jest znowu wersją roboczą i nie jest już publicznie widoczny.
news-deleted = Wpis został usunięty.
news-publish = Opublikuj
news-unpublish = Cofnij do wersji roboczej
news-delete = Usuń wpis
error-news-not-found = Nie znaleziono wpisu
error-news-slug-taken = Inny wpis ma już ten adres
form-news-title-missing = W tym języku jest treść, ale brakuje tytułu.
form-news-slug-taken = Inny wpis ma już ten adres; wybierz inny.
audit-news-create = napisano wpis
audit-news-update = zmieniono wpis
audit-news-publish = opublikowano wpis
audit-news-unpublish = cofnięto wpis do wersji roboczej
audit-news-delete = usunięto wpis

## Wersja robocza komunikatu prasowego: zdania tworzone z danych spotkania
press-title = Miasto { $host } gościło partnerów z { $countries ->
    [one] innego kraju
    [few] { $countries } krajów
    [many] { $countries } krajów
   *[other] { $countries } krajów
} podczas spotkania „{ $event }”
press-lead = { $dates } miasto { $host } ({ $country }) było gospodarzem spotkania „{ $event }”, zorganizowanego w ramach projektu „{ $project }”.
press-funding = Spotkanie zostało sfinansowane ze środków programu { $programme }.
press-delegations = Przyjechały delegacje z miast: { $towns }.
press-participants = W spotkaniu { $total ->
    [one] wzięła udział jedna osoba
    [few] wzięły udział { $total } osoby
    [many] wzięło udział { $total } osób
   *[other] wzięło udział { $total } osoby
}, w tym { $invited ->
    [one] jeden zaproszony uczestnik z zagranicznego miasta partnerskiego.
    [few] { $invited } zaproszonych uczestników z zagranicznych miast partnerskich.
    [many] { $invited } zaproszonych uczestników z zagranicznych miast partnerskich.
   *[other] { $invited } zaproszonego uczestnika z zagranicznych miast partnerskich.
}
press-per-country = Liczba uczestników według krajów: { $list }.
press-day = Dzień { $number } ({ $date }): { $items }.
press-signed = Miasta { $a } i { $b } podpisały { $date } dokument: { $kind }.
press-more = Program, liczba uczestników z poszczególnych krajów oraz opis każdego dnia zostały opublikowane pod adresem { $url }

## Zdjęcia ze spotkania
photos-title = Zdjęcia
photos-intro = Zdjęcia pojawiają się na stronie publikacji spotkania, której wymaga instytucja finansująca. Podczas przesyłania z pliku usuwane są informacje o miejscu i czasie wykonania zdjęcia, o aparacie oraz wszelkie zapisane w nim imiona i nazwiska.
photos-see-publication = Zobacz stronę publikacji.
photos-none = Nie ma jeszcze zdjęć.
photos-add = Dodaj zdjęcie
photos-edit = Edytuj
photos-edit-title = Edytuj zdjęcie
photos-field-file = Zdjęcie (JPEG lub PNG)
photos-file-hint = Maksymalnie { $mib } MiB.
photos-field-alt = Co przedstawia zdjęcie
photos-alt-hint = Dla osób, które nie widzą zdjęcia: opisz je jednym zdaniem, na przykład „Burmistrzowie miast Raška i Daugavpils podpisują memorandum”.
photos-field-caption = Podpis pod zdjęciem
photos-field-credit = Autor zdjęcia
photos-credit = Fot. { $name }
photos-field-consent = Osoby, które można rozpoznać na tym zdjęciu, zgodziły się na jego publikację.
photos-field-position = Pozycja
photos-position-hint = Zdjęcia są wyświetlane w tej kolejności, począwszy od 1.
photos-upload = Prześlij zdjęcie
photos-added = Zdjęcie zostało dodane.
photos-saved = Zdjęcie zostało zapisane.
photos-deleted = Zdjęcie zostało usunięte.
photos-delete = Usuń zdjęcie
error-photo-not-found = Nie znaleziono zdjęcia
error-photo-too-large = Zdjęcie jest za duże
form-photo-empty = Wybierz zdjęcie.
form-photo-too-large = Zdjęcie jest za duże; maksymalnie 12 MiB.
form-photo-format = Można przesyłać tylko zdjęcia w formacie JPEG lub PNG.
form-photo-dimensions = Ta strona nie może wyświetlić zdjęcia o takich wymiarach w pikselach.
form-photo-unreadable = Nie można odczytać pliku jako zdjęcia.
form-photo-duplicate = To zdjęcie jest już na stronie.
form-photo-consent-required = Potwierdź, że osoby widoczne na zdjęciu zgodziły się na publikację.
form-photo-position-invalid = Wpisz liczbę całkowitą od 1 do 10 000.
audit-photo-add = dodano zdjęcie
audit-photo-update = zmieniono zdjęcie
audit-photo-delete = usunięto zdjęcie

## Podsumowanie ewaluacji i nowe części sprawozdania
events-field-evaluation = Podsumowanie ewaluacji
events-evaluation-hint = Opinie uczestników wyrażone w ewaluacji, na potrzeby sprawozdania końcowego. Akapity oddzielaj pustym wierszem.
report-evaluation = Ewaluacja: { $event }
report-annex-photos = { $count ->
    [one] Jedno zdjęcie ze spotkania „{ $event }” na stronie publikacji.
    [few] { $count } zdjęcia ze spotkania „{ $event }” na stronie publikacji.
    [many] { $count } zdjęć ze spotkania „{ $event }” na stronie publikacji.
   *[other] { $count } zdjęcia ze spotkania „{ $event }” na stronie publikacji.
}
report-annex-news = Komunikat prasowy lub wpis „{ $title }”: { $url }
news-feed = Śledź aktualności w czytniku kanałów (Atom)

# Concurrent edits: a save against a version someone else replaced meanwhile.
error-edit-changed-meanwhile = Ktoś w międzyczasie to zmienił
error-412-help = Ktoś inny zmienił to po tym, jak to odczytano. Odczytaj ponownie, a potem wprowadź swoją zmianę.
edit-changed-meanwhile = Ktoś inny zapisał ten punkt, gdy go edytowałeś
edit-changed-meanwhile-help = Nic nie zostało nadpisane. Poniżej widać, co jest teraz zapisane; Twoja wersja nadal jest w formularzu. Porównaj obie, popraw formularz w razie potrzeby i zapisz ponownie, aby zachować swoją wersję.
edit-saved-now = Zapisane teraz
edit-your-version = Twoja wersja jest w formularzu poniżej.
partners-changed-meanwhile = Ktoś inny w międzyczasie zmienił rolę { $town }: teraz to { $now }; wybrano { $yours }. Wybierz ponownie, jeśli ma zostać Twój wybór.

# --- w-signin ---
form-password-weak = To hasło jest zbyt łatwe do odgadnięcia. Kilka niepowiązanych, nietypowych słów tworzy silne hasło.
form-password-weak-common = To hasło jest zbyt łatwe do odgadnięcia: jest to często używane hasło lub podobne do niego.
form-password-weak-pattern = To hasło jest zbyt łatwe do odgadnięcia: układy klawiszy i ciągi jak abc lub 6543 są sprawdzane najpierw.
form-password-weak-repeat = To hasło jest zbyt łatwe do odgadnięcia: powtórzone znaki lub słowa niewiele dodają.
form-password-weak-dates = To hasło jest zbyt łatwe do odgadnięcia: daty i lata są sprawdzane najpierw.
form-password-weak-names = To hasło jest zbyt łatwe do odgadnięcia: imiona, nazwiska oraz Twój adres są sprawdzane najpierw.
form-password-weak-word = To hasło jest zbyt łatwe do odgadnięcia: jedno słowo nie wystarczy. Dodaj kilka niepowiązanych słów.
form-totp-code-wrong = Ten kod jest nieprawidłowy. Wpisz bieżący kod z aplikacji uwierzytelniającej albo kod odzyskiwania.
form-totp-code-required = Wpisz kod z aplikacji uwierzytelniającej.
form-totp-secret-invalid = Tego sekretu nie można użyć. Odśwież stronę, aby otrzymać nowy.
form-token-days-invalid = Wybierz, przez ile dni token działa: od 1 do 365.
error-signin-challenge-expired = To logowanie wygasło
error-page-invalid = Tego numeru strony nie można użyć
signin-wait = Zbyt wiele prób. Poczekaj { $seconds } s i spróbuj ponownie.
totp-signin-title = Drugi krok: Twój kod
totp-signin-hint = Sześciocyfrowy kod z aplikacji uwierzytelniającej albo jeden z Twoich kodów odzyskiwania.
field-totp-code = Kod
totp-title = Logowanie dwuetapowe
totp-on = Logowanie dwuetapowe jest włączone: przy logowaniu potrzebny jest kod z aplikacji uwierzytelniającej.
totp-off = Logowanie dwuetapowe jest wyłączone.
totp-manage = Zarządzaj logowaniem dwuetapowym
totp-set-up = Skonfiguruj logowanie dwuetapowe
totp-enabled = Logowanie dwuetapowe jest włączone.
totp-disabled = Logowanie dwuetapowe jest wyłączone.
totp-recovery-once = Zapisz te kody odzyskiwania i przechowuj je bezpiecznie. Każdy działa raz, gdybyś zgubił telefon. Są pokazywane tylko teraz.
totp-codes-left = Pozostałe kody odzyskiwania: { $count }
totp-disable = Wyłącz logowanie dwuetapowe
totp-required = Jako administrator instancji musisz najpierw włączyć logowanie dwuetapowe.
totp-help = Dodaj to konto do aplikacji uwierzytelniającej (np. FreeOTP, Aegis lub Google Authenticator): zeskanuj kod QR, otwórz link w telefonie albo wpisz klucz. Następnie wpisz kod pokazany przez aplikację.
totp-qr-caption = Kod QR dla aplikacji uwierzytelniającej
totp-secret = Klucz
totp-link = Link
totp-link-open = Otwórz w aplikacji uwierzytelniającej
totp-confirm = Włącz
account-token-expired = Wygasł
account-token-expires = Wygasa
field-token-days = Ważny przez
account-token-days = { $days } dni
security-title = Dziennik bezpieczeństwa
security-help = Logowania, nieudane i spowolnione próby, logowanie dwuetapowe, tokeny API, zmiany haseł i ról, od najnowszych. Klienci są pokazywani tylko jako ich sieć.
security-page = Strona { $page }
security-empty = Nic jeszcze nie zapisano.
security-caption = Zdarzenia bezpieczeństwa, od najnowszych
security-account = Konto
security-client = Sieć
security-pages = Strony dziennika bezpieczeństwa
security-newer = Nowsze
security-older = Starsze
security-signin-ok = zalogowano
security-signin-fail = błędne hasło
security-signin-throttled = próba spowolniona
security-totp-enrol = włączono logowanie dwuetapowe
security-totp-disable = wyłączono logowanie dwuetapowe
security-totp-fail = błędny kod
security-totp-throttled = próba kodu spowolniona
security-recovery-used = użyto kodu odzyskiwania
security-token-create = utworzono token API
security-token-use = użyto tokenu API
security-token-revoke = unieważniono token API
security-password-change = zmieniono hasło
security-password-reset = zresetowano hasło
security-reset-throttled = prośba o reset spowolniona
# --- w-lingers ---
photo-consent-yes = Zdjęcia: tak
photo-consent-no = Bez zdjęć
photo-consent-not_asked = Zdjęcia: nie pytano (bez zdjęć)
photo-consent-choice-yes = Tak
photo-consent-choice-no = Nie
photo-consent-choice-not_asked = Jeszcze nie pytano
consent-minor = Poniżej 18 lat (osoba niepełnoletnia)
consent-minor-short = Niepełnoletni
consent-guardian-name = Imię i nazwisko rodzica lub opiekuna
consent-guardian-hint = Tylko dla osoby niepełnoletniej: rodzic lub opiekun, który zgadza się na jej udział.
consent-guardian-consent = Rodzic lub opiekun zgadza się na udział tej osoby niepełnoletniej i na sposób wykorzystania jej danych
participants-photos = Zdjęcia
form-photo-consent-invalid = Wybierz „tak”, „nie” lub „nie pytano”.
form-participant-guardian-required = Dla osoby niepełnoletniej podaj imię i nazwisko rodzica lub opiekuna.
form-participant-guardian-consent-required = Osoba niepełnoletnia bierze udział tylko za zgodą rodzica lub opiekuna.
privacy-notice-title = Informacja o prywatności
privacy-notice-default = Projekt { $project } prowadzą jego organizatorzy. Przechowują to, co tu wpisujesz (imię i nazwisko, miejscowość lub organizację, kraj, dane kontaktowe oraz informacje o podróży, posiłkach i dostępności) i widzą to wraz z koordynatorem Twojej delegacji; nigdy nie jest to publiczne. Audytorzy { $funder } mogą sprawdzać nazwiska, miejscowości i obecność, aby zweryfikować dotację. Wszystko jest przechowywane do { $until }; potem zostają tylko anonimowe liczby. Linkiem z e-maila możesz w każdej chwili zobaczyć, pobrać lub usunąć swoje dane.
privacy-notice-default-no-date = Projekt { $project } prowadzą jego organizatorzy. Przechowują to, co tu wpisujesz (imię i nazwisko, miejscowość lub organizację, kraj, dane kontaktowe oraz informacje o podróży, posiłkach i dostępności) i widzą to wraz z koordynatorem Twojej delegacji; nigdy nie jest to publiczne. Audytorzy { $funder } mogą sprawdzać nazwiska, miejscowości i obecność, aby zweryfikować dotację. Wszystko jest przechowywane do daty ustalonej przez organizatorów; potem zostają tylko anonimowe liczby. Linkiem z e-maila możesz w każdej chwili zobaczyć, pobrać lub usunąć swoje dane.
privacy-notice-funder-unknown = grantodawcy
privacy-edit-title = Informacja o prywatności
privacy-edit-intro = Kto co przechowuje, jak długo i kto może to skontrolować. Ta informacja pojawia się wszędzie, gdzie projekt zbiera dane osobowe: przy rejestracji, dołączaniu do delegacji, w formularzach osób i na stronach osobistych. Napisz ją w każdym potrzebnym języku; dla pustego języka pokazywany jest tekst domyślny.
privacy-edit-default = Jeśli zostawisz puste, pokazana zostanie ta informacja: { $text }
privacy-edit-saved = Informacja o prywatności została zapisana.
my-photos = Zdjęcia
my-photos-saved = Twoja odpowiedź w sprawie zdjęć została zapisana.
participants-erase = Usuń dane osobowe (na prośbę tej osoby)
participants-erased = Dane osoby zostały usunięte; jeśli była obecna, imię i nazwisko oraz miejscowość zostają do kontroli grantodawcy do daty przechowywania.
participants-erased-kept = usunięto, zachowano do kontroli
# --- w-forms ---
form-date-out-of-range = Data musi przypadać między rokiem 1900 a 2200.
form-item-outside-event = Punkt programu wypada poza dniami spotkania (dla przyjazdów i wyjazdów dozwolony jest jeden dzień przed lub po).
form-event-too-long = Spotkanie trwa najwyżej 366 dni.
error-date-out-of-range = Data poza latami 1900–2200
error-item-outside-event = Punkt programu poza dniami spotkania
error-event-too-long = Spotkanie jest za długie
error-rate-limited = Zbyt wiele żądań
error-429-help = Z Twojego połączenia przyszło w krótkim czasie wiele żądań. Odczekaj minutę i spróbuj ponownie.
registration-done-already = Jesteś już zapisany(-a) na ten punkt programu, więc nie wysłaliśmy kolejnej wiadomości: ta otrzymana wcześniej zawiera Twój osobisty link.
form-honeypot-label = Zostaw to pole puste: służy do wykrywania automatycznych zgłoszeń.
registration-status-pending = Czeka na Twoje potwierdzenie e-mailem
registration-done-pending = Prawie gotowe: wysłaliśmy Ci e-mail z linkiem. Twoje miejsce się liczy, gdy go otworzysz w ciągu { $hours } godzin.
registration-mail-pending =
    Dzień dobry, { $name },

    potwierdź swoje zgłoszenie na:

    { $item }

    Twoje miejsce liczy się dopiero, gdy otworzysz ten link i naciśniesz przycisk (działa do { $until }):
    { $confirm }

    Jeśli się nie zgłaszałeś(-aś), zignoruj tę wiadomość: zgłoszenie samo wygaśnie. Twoja osobista strona jest tutaj (nie udostępniaj tego linku):
    { $link }
confirm-title = Potwierdź zgłoszenie
confirm-intro = Naciśnij przycisk, aby potwierdzić zgłoszenie. Od tej chwili Twoje miejsce się liczy.
confirm-submit = Potwierdzam zgłoszenie
confirm-done = Dziękujemy: Twoje zgłoszenie jest potwierdzone i masz miejsce.
error-registration-confirmation-expired = Ten link potwierdzający wygasł; zgłoś się ponownie
registration-settings-save = Zapisz
registration-settings-confirm = Licz publiczne zgłoszenie dopiero wtedy, gdy osoba potwierdzi je linkiem z e-maila
registration-settings-hint = Chroni to przed skryptami zajmującymi miejsca zmyślonymi adresami. Niepotwierdzone zgłoszenia nie zajmują miejsca i wygasają po 48 godzinach.
registration-settings-saved = Zapisano: sposób przyjmowania zgłoszeń.
# --- w-uploads ---
error-request-too-large-limit = Na ten adres można wysłać najwyżej { $mib } MiB.
error-sheet-file-too-large = Plik jest za duży
error-sheet-file-too-large-limit = Lista może mieć najwyżej { $limit } MiB.
error-sheet-uncompressed-too-large = Skoroszyt po rozpakowaniu zawiera za dużo danych
error-sheet-uncompressed-too-large-limit = Rozpakowany skoroszyt może zawierać najwyżej { $limit } MiB.
error-sheet-compression-ratio = Skoroszyt jest podejrzanie mocno skompresowany
error-sheet-compression-ratio-limit = Część skoroszytu po rozpakowaniu może być najwyżej { $limit } razy większa niż spakowana.
error-sheet-too-many-parts = Skoroszyt ma za dużo części
error-sheet-too-many-parts-limit = Skoroszyt może mieć najwyżej { $limit } części.
error-sheet-too-many-rows = Lista ma za dużo wierszy
error-sheet-too-many-rows-limit = Lista może mieć najwyżej { $limit } wierszy, łącznie z wierszem nagłówka. Podziel ją na kilka plików.
error-sheet-too-many-columns = Lista ma za dużo kolumn
error-sheet-too-many-columns-limit = Lista może mieć najwyżej { $limit } kolumn.
error-sheet-too-many-cells = Lista ma za dużo komórek
error-sheet-too-many-cells-limit = Lista może mieć najwyżej { $limit } komórek.
error-sheet-cell-too-long = Jedna z komórek jest za długa
error-sheet-cell-too-long-limit = Komórka może zawierać najwyżej { $limit } znaków.
error-sheet-markup-too-long = Skoroszyt zawiera blok danych zbyt długi, by był komórką
error-sheet-markup-too-long-limit = Między dwoma znacznikami skoroszyt może zawierać najwyżej { $limit } bajtów.
error-sheet-too-slow = Wczytywanie listy trwało za długo
error-sheet-too-slow-limit = Lista musi zostać wczytana w ciągu { $limit } sekund.
error-xliff-too-large = Plik jest za duży
error-xliff-too-large-limit = Plik XLIFF może mieć najwyżej { $mib } MiB.
error-xliff-doctype = Plik zawiera deklarację DOCTYPE, której pliki XLIFF nie potrzebują; usuń ją i prześlij plik ponownie
error-xliff-too-deep = Plik zagnieżdża elementy zbyt głęboko
error-xliff-too-deep-limit = Elementy mogą być zagnieżdżone najwyżej na { $limit } poziomach.
error-xliff-too-many-units = Plik zawiera za dużo tekstów
error-xliff-too-many-units-limit = Plik XLIFF może zawierać najwyżej { $limit } tekstów.
form-photo-truncated = Plik kończy się przed końcem obrazu – został ucięty. Prześlij całe zdjęcie.
form-photo-no-image-data = Plik nie zawiera obrazu.
form-photo-too-many-pixels = Zdjęcie ma za dużo pikseli: najwyżej 40 megapikseli i 16 000 pikseli na bok.
form-photo-polyglot = Plik zawiera za obrazem inny dokument; prześlij samo zdjęcie.
# --- w-heavy ---
error-server-busy = W przygotowaniu
error-server-busy-help = Serwer przygotowuje teraz inne dokumenty. Ta strona sama ponowi prośbę za { $seconds } s; nie musisz nic robić.
