## Оквир сајта
site-name = Twinning
language-name = Српски
og-locale = sr_RS
skip-to-content = Пређите на садржај
language-switcher = Језик
breadcrumbs = Налазите се овде
footer-about = Twinning — софтвер отвореног кода за пројекте братимљења градова.
footer-api = Отворени подаци: API и његов опис

## Грешке
error-field = Проблем се односи на:
error-home-link = Идите на почетну страницу
error-400-help = Нешто у адреси није у реду. Проверите је и покушајте поново.
error-404-help = На овој адреси нема ничега. Можда је погрешно уписана или је страница премештена.
error-405-help = Ова адреса не може да се користи на тај начин.
error-500-help = Дошло је до грешке на нашој страни. Грешка је забележена; покушајте поново касније.
error-503-help = Сервис тренутно не може да приступи својој бази података. Покушајте поново за неколико минута.
error-route-not-found = Страница није пронађена
error-route-method-not-allowed = Није дозвољено
error-project-not-found = Пројекат није пронађен
error-event-not-found = Сусрет није пронађен
error-item-not-found = Ставка програма није пронађена
error-town-not-found = Град није пронађен
error-venue-not-found = Место одржавања није пронађено
error-query-lang-invalid = Непознат језик
error-query-lang-repeated = Језик је наведен два пута
error-request-too-large = Превише података
error-request-timeout = Ово је трајало предуго
error-408-help = Припрема одговора је трајала предуго. Покушајте поново.
error-413-help = Послати подаци су већи од онога што ова адреса прихвата.
error-server-error = Грешка на серверу
error-server-database-unavailable = Привремено недоступно

## Почетна страница
home-title = Пројекти братимљења градова
home-intro = Партнерски градови, њихови сусрети и програми и људи који их повезују.
home-projects = Пројекти
home-no-projects = Још није објављен ниједан пројекат.

## Пројекти
project-period = Трајање
project-status = Статус
project-lead = Водећи партнер
project-all-partners = Сви партнери
project-events = Сусрети
project-twinnings = Споразуми између партнерских градова
funding-programme = Програм финансирања
funding-strand = Компонента
funding-measure = Мера
status-planned = Планиран
status-running = У току
status-completed = Завршен
status-cancelled = Отказан
partner-count = { $count ->
    [one] { $count } партнер
    [few] { $count } партнера
   *[other] { $count } партнера
} из { $countries ->
    [one] { $countries } земље
    [few] { $countries } земље
   *[other] { $countries } земаља
}
role-lead = Водећи партнер
role-partner = Партнер
role-associated = Придружени партнер

## Партнери
partners-title = Партнери
partners-caption = Партнерски градови пројекта и њихове улоге
partners-town = Град
partners-country = Земља
partners-role = Улога
partners-organisation = У име града
illustrative-badge = Илустративно:
illustrative-mark = илустративно
illustrative-time-title = Тачно време је илустративно: извор наводи само дан.

## Братимљења
twinning-twin = Братски градови
twinning-partnership = Партнерство
twinning-friendship = Споразум о пријатељству
twinning-memorandum_of_cooperation = Меморандум о сарадњи
twinning-between = { $kind }: { $a } и { $b }
twinning-between-since = { $kind }: { $a } и { $b }, { $since }
twinning-since = од { $date }
twinning-signed-at = потписано током сусрета
twinning-document = документ

## Сусрети
event-dates = Датуми
event-host = Град домаћин
event-zone = Временска зона
event-days = По данима
event-venues = Места одржавања
event-see-programme = Погледајте програм

## Програм
programme-title = Програм
programme-description = Програм по данима: { $event }.
programme-ics = Додајте у календар (.ics)
programme-days-nav = Дани
programme-day-empty = За овај дан још ништа није планирано.
programme-day-number = { $number }. дан
programme-item-count = { $count ->
    [one] { $count } ставка програма
    [few] { $count } ставке програма
   *[other] { $count } ставки програма
}
item-capacity = { $count ->
    [one] { $count } место
    [few] { $count } места
   *[other] { $count } места
}
item-when = Када
item-where = Где
item-audience = За кога
item-hosts = Домаћини и говорници
item-languages = Језици
item-event = У оквиру
audience-delegates = Делегације
audience-public = Отворено за јавност

kind-arrival = Долазак
kind-sightseeing = Разгледање
kind-official_meeting = Званични састанак
kind-presentation = Презентација
kind-signing = Потписивање
kind-conference = Конференција
kind-lecture = Предавање
kind-debate = Дебата
kind-group_work = Рад у групама
kind-workshop = Радионица
kind-cultural_evening = Културно вече
kind-meal = Оброк
kind-excursion = Излет
kind-visit = Посета
kind-ceremony = Свечаност
kind-evaluation = Евалуација
kind-departure = Одлазак
kind-free_time = Слободно време

## Градови и места одржавања
town-description = { $town }, { $country }: братимљења и пројекти.
town-country = Земља
town-region = Регион
town-population = Број становника
town-location = Локација
town-website = Веб-сајт
town-twinnings = Братимљења и споразуми
town-no-twinnings = За овај град није евидентирано ниједно братимљење.
town-projects = Пројекти
town-no-projects = Овај град овде још не учествује ни у једном пројекту.
town-organisations = У име града
venue-map = мапа
venue-address = Адреса
venue-town = Град
venue-coordinates = Координате
venue-accessibility = Приступачност
venue-held-here = Овде се одржава
venue-nothing-held = Овде ништа није планирано.

## Датуми (дан, месец и година су бројеви; називи месеци и дана су у наставку)
date-day-heading = { $weekday }, { $day }. { $month }
date-long = { $day }. { $month } { $year }.
date-range-month = { $start }.–{ $end }. { $month } { $year }.
date-range = { $start } – { $end }
month-1 = јануара
month-2 = фебруара
month-3 = марта
month-4 = априла
month-5 = маја
month-6 = јуна
month-7 = јула
month-8 = августа
month-9 = септембра
month-10 = октобра
month-11 = новембра
month-12 = децембра
weekday-1 = понедељак
weekday-2 = уторак
weekday-3 = среда
weekday-4 = четвртак
weekday-5 = петак
weekday-6 = субота
weekday-7 = недеља

## Језици (ставки програма)
lang-en = енглески
lang-lv = летонски
lang-ltg = латгалски
lang-lt = литвански
lang-pl = пољски
lang-de = немачки
lang-sv = шведски
lang-sr = српски
lang-sr-Cyrl = српски (ћирилица)
lang-sr-Latn = српски (латиница)
lang-it = италијански
lang-ru = руски
lang-fr = француски
lang-es = шпански

## Земље
country-AL = Албанија
country-AT = Аустрија
country-BA = Босна и Херцеговина
country-BE = Белгија
country-BG = Бугарска
country-BY = Белорусија
country-CH = Швајцарска
country-CY = Кипар
country-CZ = Чешка
country-DE = Немачка
country-DK = Данска
country-EE = Естонија
country-ES = Шпанија
country-FI = Финска
country-FR = Француска
country-GB = Уједињено Краљевство
country-GR = Грчка
country-HR = Хрватска
country-HU = Мађарска
country-IE = Ирска
country-IS = Исланд
country-IT = Италија
country-LI = Лихтенштајн
country-LT = Литванија
country-LU = Луксембург
country-LV = Летонија
country-MD = Молдавија
country-ME = Црна Гора
country-MK = Северна Македонија
country-MT = Малта
country-NL = Холандија
country-NO = Норвешка
country-PL = Пољска
country-PT = Португалија
country-RO = Румунија
country-RS = Србија
country-SE = Шведска
country-SI = Словенија
country-SK = Словачка
country-TR = Турска
country-UA = Украјина
country-XK = Косово

## Пријављивање и страница налога
signin-title = Пријава
signin-submit = Пријавите се
signin-forgot = Заборавили сте лозинку?
signin-too-many = Превише неуспешних покушаја. Ради безбедности вашег налога сачекајте { $minutes ->
    [one] { $minutes } минут
    [few] { $minutes } минута
   *[other] { $minutes } минута
} па покушајте поново.
signout-submit = Одјавите се
field-email = Адреса е-поште
field-password = Лозинка
field-name = Име
field-current-password = Тренутна лозинка
field-new-password = Нова лозинка
field-token-name = Чему токен служи
password-hint = Најмање 10 знакова. Неколико неповезаних речи чини јаку лозинку коју је лако запамтити.
form-error-summary = Исправите следеће
form-email-invalid = Унесите адресу е-поште, на пример ime@example.org.
form-password-required = Унесите лозинку.
form-signin-wrong = Адреса е-поште или лозинка није исправна.
form-password-current-wrong = Тренутна лозинка није исправна.
form-password-too-short = Лозинка мора да има најмање 10 знакова.
form-password-too-long = Лозинка може да има највише 1024 знака.
form-token-name-invalid = У неколико речи наведите чему токен служи (до 120 знакова).
form-name-invalid = Унесите име од највише 120 знакова.
account-title = Ваш налог
account-roles = Ваши пројекти
account-no-roles = Још немате улогу ни у једном пројекту. Организатор може да вас позове.
account-password = Промена лозинке
account-password-submit = Промените лозинку
account-password-changed = Лозинка је промењена. Одјављени сте на свим осталим уређајима.
account-sessions = Где сте пријављени
account-sessions-caption = Ваше сесије, почев од последње коришћене
account-device = Прегледач или уређај
account-last-seen = Последње коришћење
account-actions = Радње
account-this-session = Ова сесија
account-end-session = Одјавите тај уређај
account-session-ended = Та сесија је завршена.
account-unknown-device = Непознат прегледач
account-tokens = API токени
account-tokens-help = Токен омогућава скрипти да користи API с вашим овлашћењима. Чувајте га у тајности и опозовите га када вам више не буде потребан.
account-tokens-caption = Ваши API токени
account-token-create = Направите токен
account-token-created = Ваш нови токен је спреман.
account-token-once = Копирајте га одмах: више неће бити приказан.
account-token-revoked = Токен је опозван.
account-created = Направљен
account-last-used = Последње коришћење
account-never-used = никад
account-revoked = опозван
account-revoke = Опозовите
member-role-organiser = Организатор
member-role-coordinator = Координатор партнера
member-role-participant = Учесник
admin-title = Администрација инстанце
error-session-not-found = Сесија није пронађена
error-token-not-found = Токен није пронађен
error-request-cross-site = Захтев је одбијен
error-403-help = Овај захтев је одбијен. Ако сте дошли преко линка са другог сајта, отворите овај сајт директно и покушајте поново.
error-form-invalid = Образац није могао да се прочита

## Управљање: пројекти, особе, позивнице, дневник измена, администрација
manage-title = Управљање
manage-your-role = Ваша улога:
manage-public-page = Јавна страница пројекта
field-role = Улога
field-town = Партнерски град
people-title = Особе и улоге
people-caption = Сви који имају улогу у овом пројекту
people-change-role = Промените
people-revoke = Уклоните из пројекта
people-invite = Позовите некога
people-invite-help = Особа ће добити поруку е-поште са линком који важи 14 дана и може се употребити само једном. Помоћу њега може да направи налог или да користи постојећи.
people-town-hint = За координаторе партнера: град чију делегацију пријављују.
people-invite-submit = Пошаљите позивницу
people-invited = Позивница је послата.
people-role-changed = Улога је промењена.
people-revoked = Та особа више нема улогу у овом пројекту.
form-role-invalid = Изаберите улогу.
form-role-town-required = Координатор партнера делује у име једног партнерског града: изаберите га.
form-invitation-account-exists = Налог са овом адресом већ постоји. Најпре се пријавите, а затим поново отворите позивницу.
form-account-unknown = Не постоји налог са овом адресом.
form-project-unknown = Изаберите пројекат.
audit-title = Дневник измена
audit-empty = Још ништа није промењено.
audit-caption = Ко је шта променио, почев од најновијег
audit-when = Када
audit-who = Ко
audit-what = Шта
audit-target = Односи се на
audit-system = систем
audit-account-create = налог направљен
audit-account-create_admin = администраторски налог направљен
audit-account-password_change = лозинка промењена
audit-account-password_reset = лозинка ресетована
audit-role-set = улога додељена
audit-role-revoke = улога одузета
audit-invitation-create = позивница послата
audit-invitation-accept = позивница прихваћена
audit-token-create = API токен направљен
audit-token-revoke = API токен опозван
invitation-title = Позивница
invitation-project = Пројекат
invitation-expires = Важи до
invitation-signed-in-as = Пријављени сте као
invitation-accept = Прихватите позивницу
invitation-new-account = Направите свој налог
invitation-create-and-accept = Направите налог и прихватите позивницу
invitation-have-account = Већ имате налог?
admin-accounts = Налози
admin-accounts-caption = Сви налози на овој инстанци
admin-grant = Поставите некога за организатора
admin-grant-submit = Поставите за организатора
admin-organiser-granted = Налог је сада организатор пројекта.
admin-mail = Одлазна е-пошта
admin-mail-empty = Још није послата ниједна порука е-поште.
admin-mail-caption = Најновије поруке, почев од последње
admin-mail-to = Прима
admin-mail-subject = Тема
admin-mail-status = Статус
admin-mail-sent = послато у
admin-mail-waiting = { $attempts ->
    [0] чека
    [one] чека, { $attempts } неуспешан покушај
    [few] чека, { $attempts } неуспешна покушаја
   *[other] чека, { $attempts } неуспешних покушаја
}
error-auth-forbidden = Није дозвољено
error-409-help = Ова измена би довела до стања које није дозвољено.
error-member-not-found = Особа није пронађена у овом пројекту
error-invitation-invalid = Ова позивница не може да се употреби
error-mail-not-found = Порука није пронађена
error-role-last-organiser = Пројекат мора да има организатора
mail-invitation-subject = Позивница: { $project }
mail-invitation-body =
    Добар дан!

    { $inviter } вас позива у пројекат „{ $project }“ на платформи Twinning, са улогом: { $role }.

    Да бисте прихватили позивницу, отворите овај линк (може се употребити само једном, до { $date }):
    { $link }

    Ако нисте очекивали ову позивницу, можете да занемарите ову поруку.

## Ресетовање лозинке
reset-title = Ресетовање лозинке
reset-help = Унесите адресу е-поште свог налога. Послаћемо вам линк за избор нове лозинке.
reset-submit = Пошаљите линк
reset-sent = Ако за ову адресу постоји налог, линк за избор нове лозинке је на путу. Може се употребити само једном, у року од сат времена.
reset-new-title = Изаберите нову лозинку
reset-new-submit = Сачувајте нову лозинку
reset-done = Лозинка је промењена. Пријавите се новом лозинком.
error-reset-invalid = Овај линк не може да се употреби
admin-mail-retry = Покушајте поново сада
mail-reset-subject = Ресетовање лозинке за Twinning
mail-reset-body =
    Добар дан, { $name }!

    Неко је затражио ресетовање лозинке вашег налога на платформи Twinning. Да бисте изабрали нову лозинку, отворите овај линк у року од { $minutes ->
        [one] { $minutes } минута
        [few] { $minutes } минута
       *[other] { $minutes } минута
    } (може се употребити само једном):
    { $link }

    Ако то нисте били ви, занемарите ову поруку: ваша лозинка остаје непромењена.

## Превођење садржаја пројекта
translations-title = Преводи
translations-help = Колики део садржаја пројекта постоји на сваком од његових језика. Када текст недостаје, странице га приказују на главном језику пројекта, а ако ни њега нема, на енглеском, уз одговарајућу ознаку.
translations-caption = Поља са текстом, по врсти садржаја и језику
translations-what = Садржај
translations-all = Сав садржај
translations-cell = { $done } / { $total }
translations-files = Датотеке за преводиоце
translations-files-help = Преузмите текстове као XLIFF датотеку, коју отварају алати за превођење; отпремите преведену датотеку да бисте унели текстове. Видећете шта се променило.
translations-download-missing = Преузмите оно што недостаје (XLIFF)
translations-download-all = Преузмите све
translations-upload = Преведена XLIFF датотека
translations-upload-submit = Отпремите и примените
translations-add-language = Додајте језик
translations-language-code = Код језика
translations-language-code-hint = На пример de, sv, sr-Latn или it.
translations-add-language-submit = Додајте језик
translations-language-added = Језик је додат пројекту.
translations-editor-help = Свако поље приказује свој текст на главном језику пројекта; превод упишите испод њега. Ако испразните поље, његов превод се уклања.
translations-save = Сачувајте преводе
translations-changed = Шта се променило
translations-removed = Уклоњени преводи:
translations-report = { $changed ->
    [one] Промењен је { $changed } текст
    [few] Промењена су { $changed } текста
   *[other] Промењено је { $changed } текстова
}, уклоњено: { $removed }, непромењено: { $unchanged }, одбијено: { $rejected }.
translations-unknown-field = { $id }: у овом пројекту не постоји такво поље.
translations-group-project = Пројекат
translations-group-partner = Партнер
translations-group-event = Сусрет
translations-group-item = Ставка програма
translations-group-venue = Место одржавања
translations-group-town = Град
translations-group-organisation = Организација
translations-group-twinning = Споразум између градова
translations-field-title = наслов
translations-field-aims = циљеви
translations-field-programme = програм финансирања
translations-field-strand = компонента
translations-field-measure = мера
translations-field-label = текст линка
translations-field-illustrative = напомена о илустративним подацима
translations-field-description = опис
translations-field-hosts = домаћини и говорници
translations-field-name = назив
translations-field-accessibility = приступачност
translations-field-region = регион
form-text-too-long = Текст је предугачак.
form-text-required = Овај текст је потребан на најмање једном језику.
form-text-control-character = Текст садржи невидљив контролни знак; уклоните га.
error-language-not-in-project = Овај језик није међу језицима пројекта
error-xliff-malformed = Датотека није читљива XLIFF датотека
error-xliff-wrong-language = Датотека је намењена другом језику
error-xliff-empty = Датотека не садржи текстове
error-xliff-upload = Датотека није могла да се прими
error-lang-invalid = Ово није код језика
error-422-help = Подаци нису могли да се употребе. Вратите се, проверите их и покушајте поново.

## Провера програма
checks-title = Провера програма
checks-intro = Оно што искусни организатор још једном провери пре објављивања. Ово су упозорења, а не грешке: програм и даље може да се објави.
checks-none = Нема упозорења: програм делује усклађено.
checks-count = { $count ->
    [one] { $count } упозорење
    [few] { $count } упозорења
   *[other] { $count } упозорења
}
check-outside-event = Ставка програма „{ $item }“ заказана је за дан изван датума сусрета.
check-venue-double-booked = Ставке програма „{ $first }“ и „{ $second }“ у исто време користе исто место одржавања: { $venue }.
check-delegates-overlap = Ставке програма „{ $first }“ и „{ $second }“ обе су намењене свим делегацијама и временски се преклапају.
check-too-little-travel = Од ставке „{ $first }“ до ставке „{ $second }“ треба прећи { $km } км { $mode }: пут траје приближно { $needed ->
    [one] { $needed } минут
    [few] { $needed } минута
   *[other] { $needed } минута
}, али размак између њих износи само { $available ->
    [one] { $available } минут
    [few] { $available } минута
   *[other] { $available } минута
}.
check-public-without-capacity = Ставка програма „{ $item }“ отворена је за јавност, али нема наведен број места, па број пријава не може да се ограничи.
check-mode-walk = пешке
check-mode-coach = аутобусом

programme-last-changed = Последња измена: { $date }

## Уређивање програма
manage-programme-for = Програм: { $event }
items-new = Додајте ставку програма
items-saved = Ставка програма је сачувана.
items-deleted = Ставка програма је обрисана.
items-field-slug = Кратак назив за адресу
items-slug-hint = Мала латинична слова, цифре и цртице, на пример poseta-muzeju. Касније не може да се промени.
items-field-title = Наслов
items-when = Када
items-field-starts = Почетак
items-field-ends = Крај
items-field-kind = Врста
items-field-capacity = Број места
items-capacity-hint = Оставите празно ако нема ограничења. Ставке програма отворене за јавност требало би да имају наведен број места.
items-field-venues = Места одржавања
items-field-description = Опис
items-languages-hint = Кодови језика одвојени зарезима, на пример lv, en.
items-save = Сачувајте
items-duplicate = Дуплирајте
items-delete = Обришите
items-public-page = Јавна страница ставке програма
form-slug-invalid = Употребите од 1 до 64 мала латинична слова, цифре и појединачне цртице.
form-item-slug-taken = Друга ставка програма овог сусрета већ има овај кратак назив.
form-time-invalid = Унесите датум и време.
form-time-nonexistent = Ово време не постоји у временској зони сусрета (сатови га прескачу).
form-item-ends-before-start = Ставка програма мора да се заврши после свог почетка.
form-kind-invalid = Изаберите врсту.
form-audience-invalid = Изаберите коме је ставка програма намењена.
form-capacity-invalid = Унесите цео број места, најмање 1, или оставите поље празно.
form-lang-invalid = Користите кодове језика као што су lv, en или sr-Latn.
form-venue-unknown = Изаберите места одржавања са листе.
form-item-capacity-zero = Број места је најмање 1; ако нема ограничења, оставите поље празно.

## Објављивање програма
programme-changes = Додато: { $added }, промењено: { $changed }, уклоњено: { $removed }
publish-never = Нацрт: јавност не види програм док га не објавите.
publish-up-to-date = Објављено као верзија { $version }; јавност види управо ово.
publish-pending = { $count ->
    [one] Од верзије { $version } направљена је { $count } измена која још није објављена.
    [few] Од верзије { $version } направљене су { $count } измене које још нису објављене.
   *[other] Од верзије { $version } направљено је { $count } измена које још нису објављене.
}
publish-submit = Објавите програм
publish-done = Програм је објављен. Јавна страница и календари га сада приказују.
publish-nothing = Нема шта да се објави: јавност већ види овај програм.
audit-programme-publish = програм објављен
audit-item-create = ставка програма додата
audit-item-update = ставка програма промењена
audit-item-duplicate = ставка програма дуплирана
audit-item-delete = ставка програма обрисана
audit-translation-update = преводи промењени
audit-project-language_add = језик додат

## Клонирање сусрета
events-clone = Клонирајте овај сусрет
events-clone-help = Копирајте његов програм као полазну основу за следећи сусрет: свака ставка програма помера се заједно с новим првим даном. Копија је нацрт док је не објавите.
events-clone-slug = Кратак назив новог сусрета
events-clone-start = Први дан новог сусрета
events-clone-submit = Клонирајте
events-cloned = Сусрет је клониран. Његов програм је нацрт док га не објавите.
form-event-slug-taken = Пројекат већ има сусрет са овим кратким називом.
form-date-invalid = Унесите датум.
audit-event-clone = сусрет клониран

## Покретање пројекта (управљање)
setup-new-title = Покретање пројекта
setup-new-intro = Пројекат је једна иницијатива братимљења, са својим партнерским градовима, сусретима и њиховим програмима. Ви ћете бити његов први организатор, а ваш град његов водећи партнер. Све може касније да се промени.
setup-create = Покрените пројекат
setup-created = Пројекат је покренут. Следећи корак: додајте партнерске градове, места одржавања и први сусрет.
setup-saved = Подаци о пројекту су сачувани.
setup-settings-title = Подаци о пројекту
setup-settings-intro = Текстови се уносе на главном језику пројекта, а на остале језике преносе се на страницама за превођење.
setup-field-slug = Кратак назив за адресу
setup-slug-hint = Мала латинична слова, цифре и цртице, на пример unity-in-diversity. Појављује се у свакој адреси пројекта и касније не може да се промени.
setup-field-acronym = Акроним
setup-acronym-hint = Онако како пројекат познаје финансијер, на пример TTChan (до 40 знакова).
setup-field-aims = Циљеви
setup-field-lead-town = Град водећег партнера
setup-lead-town-hint = Ваш град. Ако није на листи, оставите „Није на листи“ и испод наведите његов назив и земљу.
setup-town-not-listed = Није на листи
setup-field-town-name = Изворни назив града
setup-town-name-hint = Онако како га пише сам град, на пример Daugavpils или Рашка. Потребан је само за град који није на листи.
setup-field-default-lang = Главни језик
setup-default-lang-hint = Језик на којем пишу организатори, у облику кода као што су lv, en или sr-Latn.
setup-field-languages = Језици пројекта
setup-field-period-start = Почетак пројекта
setup-field-period-end = Крај пројекта
setup-field-funding-programme = Програм финансирања
setup-funding-hint = На пример Europe for Citizens (Европа за грађане). Оставите празно ако пројекат нема финансијера.
setup-field-funding-strand = Компонента
setup-field-funding-measure = Мера
setup-field-links = Линкови
setup-links-hint = Један линк по реду: текст линка, усправна црта, а затим адреса, на пример Веб-сајт пројекта | https://example.org

## Партнери (управљање)
partners-manage-title = Партнерски градови
partners-manage-caption = Градови који учествују и њихове улоге
partners-actions = Радње
partners-change-role = Промените улогу
partners-remove = Уклоните
partners-add = Додајте партнерски град
partners-add-intro = Изаберите град који сајт већ познаје или наведите назив и земљу новог града. Ако новог партнера одредите за водећег партнера, досадашњи водећи партнер постаје обичан партнер.
partners-added = Партнерски град је додат.
partners-saved = Улога партнера је промењена.
partners-removed = Партнерски град је уклоњен из пројекта.

## Места одржавања (управљање)
venues-manage-title = Места одржавања
venues-manage-caption = Места одржавања пројекта, по градовима
venues-new = Додајте место одржавања
venues-none-yet = Још нема места одржавања.
venues-saved = Место одржавања је сачувано.
venues-slug-hint = Мала латинична слова, цифре и цртице, на пример daugavpils-fortress. Касније не може да се промени.
venues-new-town-hint = Само за град који није на листи, на пример за успутну станицу на излету.
venues-coordinates-hint = Географска ширина и дужина, на пример 55.8714, 26.5161 — или адреса мапе центриране на то место.
venues-map-intro = Да бисте место изабрали на мапи: отворите мапу, центрирајте је на место одржавања, копирајте адресу из траке за адресу прегледача и налепите је у поље за координате.
venues-open-map = Отворите мапу (OpenStreetMap)
venues-accessibility-hint = Приступ без степеника, лифтови, приступачни тоалети, индуктивне петље: оно што посетилац треба да зна.
venues-public-page = Јавна страница места одржавања

## Сусрети (управљање)
events-new = Додајте сусрет
events-none-yet = Још нема сусрета.
events-settings = Подаци о сусрету
events-programme = Програм сусрета
events-saved = Подаци о сусрету су сачувани.
events-delete = Обришите сусрет
events-deleted = Сусрет је обрисан.
events-slug-hint = Мала латинична слова, цифре и цртице, на пример daugavpils-2018. Касније не може да се промени.
events-field-start = Први дан
events-field-end = Последњи дан
events-field-zone = Временска зона
events-zone-hint = Зона места у којем се сусрет одржава, у облику IANA назива као што је Europe/Riga. Сва времена у програму су у овој зони.

## Ко може да покреће пројекте (администрација)
admin-starter = Може да покреће пројекте
admin-starter-yes = Да
admin-starter-allow = Дозволите
admin-starter-revoke = Одузмите
admin-starter-saved = Право налога да покреће пројекте је промењено.

## Поруке образаца за покретање пројекта
form-choose = Изаберите…
form-slug-reserved = Ова реч је назив посебне странице; изаберите другу.
form-slug-duplicate = Овај кратак назив је употребљен два пута.
form-coordinates-invalid = Географска ширина мора бити између -90 и 90, а географска дужина између -180 и 180.
form-coordinates-unreadable = Унесите географску ширину и дужину у децималним степенима, на пример 55.8714, 26.5161, или налепите адресу мапе центриране на то место.
form-country-invalid = Изаберите земљу.
form-event-ends-before-start = Последњи дан сусрета не може бити пре његовог првог дана.
form-event-outside-project = Сусрет мора да се одржи у периоду трајања пројекта.
form-funding-programme-required = Наведите програм финансирања или оставите празне и компоненту и меру.
form-link-invalid = Сваки линк упишите као текст линка, усправну црту и адресу која почиње са https://.
form-partner-already = Овај град је већ партнер.
form-project-acronym-invalid = Унесите акроним од 1 до 40 знакова.
form-project-default-lang-missing = Међу језицима мора бити и главни језик.
form-project-ends-before-start = Пројекат не може да се заврши пре него што почне.
form-project-one-lead = Пројекат има тачно једног водећег партнера.
form-project-slug-taken = Други пројекат већ има овај кратак назив.
form-status-invalid = Изаберите статус.
form-town-name-required = Унесите изворни назив града (до 300 знакова).
form-town-unknown = Изаберите град са листе.
form-url-invalid = Унесите адресу која почиње са https:// или http://.
form-venue-slug-taken = Место одржавања са овим кратким називом већ постоји (места одржавања су заједничка за све пројекте).
form-zone-invalid = Унесите временску зону, на пример Europe/Riga.
audit-project-create = пројекат покренут
audit-project-update = подаци о пројекту промењени
audit-partner-add = партнерски град додат
audit-partner-role = улога партнера промењена
audit-partner-remove = партнерски град уклоњен
audit-venue-create = место одржавања додато
audit-venue-update = место одржавања промењено
audit-event-create = сусрет додат
audit-event-update = подаци о сусрету промењени
audit-event-delete = сусрет обрисан
audit-account-may_start_projects = дозвољено покретање пројеката
audit-account-may_not_start_projects = покретање пројеката више није дозвољено

## Пријава за ставку програма отворену за јавност
registration-title = Пријава за учешће
registration-places-left = { $left ->
    [one] Слободно је још { $left } место од { $capacity }.
    [few] Слободна су још { $left } места од { $capacity }.
   *[other] Слободно је још { $left } места од { $capacity }.
}
registration-full = { $waiting ->
    [0] Сва места су попуњена. Можете да се упишете на листу чекања: када неко откаже, прва особа на листи чекања добија место и поруку е-поште.
    [one] Сва места су попуњена; на листи чекања је { $waiting } особа. Можете да се упишете на листу чекања: када неко откаже, прва особа на листи чекања добија место и поруку е-поште.
    [few] Сва места су попуњена; на листи чекања су { $waiting } особе. Можете да се упишете на листу чекања: када неко откаже, прва особа на листи чекања добија место и поруку е-поште.
   *[other] Сва места су попуњена; на листи чекања је { $waiting } особа. Можете да се упишете на листу чекања: када неко откаже, прва особа на листи чекања добија место и поруку е-поште.
}
registration-email-hint = На ову адресу шаљемо потврду и линк до ваше личне странице.
registration-field-town = Ваш град или организација
registration-privacy = Ваше име, адресу е-поште, град и земљу виде само организатори пројекта „{ $project }“ и, када проверавају пројекат, ревизори финансијера. Ти подаци се никада не приказују јавно. Преко линка из поруке е-поште можете да видите своје пријаве и да их откажете.
registration-privacy-accept = Слажем се са горе описаним начином коришћења мојих података.
registration-submit = Пошаљите пријаву
registration-closed = Пријаве су затворене: ова ставка програма је почела или се већ завршила.
registration-done-title = Хвала на пријави
registration-done-confirmed = Ваше место је обезбеђено.
registration-done-waiting = Сва места су попуњена: налазите се на листи чекања. Ако се неко место ослободи, добићете поруку е-поште.
registration-check-mail = Послали смо вам поруку е-поште са детаљима, ставком програма за ваш календар и линком до ваше личне странице, на којој можете да откажете пријаву.
registration-back = Назад на ставку програма
registration-mail-subject = Пријава: { $item }
registration-mail-confirmed =
    Добар дан, { $name }!

    Ваше место је обезбеђено за:

    { $item }

    У прилогу је ставка програма за ваш календар. Ваша лична страница, са вашим програмом, адресом за претплату у календару и дугметом за отказивање, налази се овде (овај линк не делите ни са ким):
    { $link }
registration-mail-waiting =
    Добар дан, { $name }!

    Сва места су попуњена, па сте на листи чекања за:

    { $item }

    Ако неко откаже, прва особа на листи чекања добија место и поруку е-поште. Ваша лична страница, на којој можете и да се уклоните са листе чекања, налази се овде (овај линк не делите ни са ким):
    { $link }
registration-mail-promoted =
    Добар дан, { $name }!

    Ослободило се једно место и сада је ваше:

    { $item }

    У прилогу је ставка програма за ваш календар. Да бисте отказали пријаву, употребите линк из прве поруке е-поште.
registration-status-confirmed = Место потврђено
registration-status-waiting = На листи чекања
registration-status-cancelled = Отказана
form-registration-town-required = Унесите свој град или организацију (до 120 знакова).
form-registration-privacy-required = Потврдите да се слажете са начином коришћења ваших података или одустаните од пријаве.

## Лична страница особе
my-title = Мој програм
my-greeting = Добар дан, { $name }. Ово је ваш програм: ставке програма за које сте се пријавили и програм за делегације, ако сте дошли са неком од њих.
my-keep-link = Адреса ове странице је ваш кључ: не делите је ни са ким.
my-calendar = У вашем календару
my-calendar-hint = Претплатите се и ваша апликација за календар ће сама ажурирати ваш програм кад год га организатори промене. И адреса за претплату је приватна.
my-calendar-subscribe = Претплатите се у апликацији за календар
my-calendar-download = Преузмите као датотеку (.ics)
my-registrations = Моје пријаве
my-cancel = Откажите
my-cancelled = Ваша пријава је отказана.
my-programme = Мој програм по данима

## Особе на сусрету (управљање)
participants-title = Особе
participants-for = Особе: { $event }
participants-title-delegation = Делегација града { $town }
participants-no-delegation = Без делегације
participants-anonymised = (анонимизовано)
participants-new = Додајте особу
participants-saved = Подаци о особи су сачувани.
participants-deleted = Особа је уклоњена.
participants-delete = Уклоните ову особу
participants-total = { $count ->
    [one] { $count } особа.
    [few] { $count } особе.
   *[other] { $count } особа.
}
participants-figures = Бројчани преглед
participants-invited = Позвани учесници (пријавио их је партнер из друге земље)
participants-local = Локални учесници
participants-attended = Присутни бар једног дана
participants-by-country = Особе по земљама
participants-by-delegation = Особе по делегацијама
participants-by-role = Особе по улогама
participants-count = Број
participants-list = Сви
participants-search = Претражите по имену, граду или адреси е-поште
participants-search-submit = Претражите
participants-none = Још нема никога.
participants-caption = Особе, по имену
participants-needs = Потребе
participants-export-csv = Преузмите као CSV
participants-export-xlsx = Преузмите као XLSX (по један лист за сваки град)
participants-privacy-note = Потребни су само име, град или организација и земља. Обавестите особу да ове податке виде организатори и, када проверавају пројекат, ревизори финансијера; ти подаци се никада не приказују јавно.
participants-email-hint = Да би особа добила свој програм и линк за календар.
participants-field-delegation = Делегација
participants-field-arrival-place = Место доласка
participants-field-arrival-time = Долазак
participants-field-departure-place = Место поласка
participants-field-departure-time = Одлазак
participants-field-by = Превоз
participants-field-accommodation = Смештај
participants-field-dietary = Потребе у исхрани
participants-field-access = Потребе у погледу приступачности
participants-field-photos = Може да се појави на фотографијама пројекта
participant-role-delegate = Делегат
participant-role-speaker = Говорник
participant-role-staff = Особље
participant-role-press = Новинар
participant-role-resident = Мештанин
travel-by-plane = Авион
travel-by-train = Воз
travel-by-bus = Аутобус
travel-by-coach = Туристички аутобус
travel-by-car = Аутомобил
travel-by-ship = Брод
travel-by-other = Друго
upload-title = Отпремите листу
upload-intro = CSV или XLSX датотека чији први ред садржи називе колона. Особе које су већ на листи (иста адреса е-поште или, ако је нема, исто име) ажурирају се, а не додају се по други пут.
upload-template = Преузмите шаблон (CSV)
upload-file = Датотека (CSV или XLSX)
upload-submit = Отпремите
upload-summary = Додато: { $created }. Ажурирано: { $updated }. Одбијено: { $rejected }.
upload-report-caption = Сваки ред датотеке и шта је с њим урађено
upload-row = Ред
upload-outcome = Исход
upload-created = додато
upload-updated = ажурирано
upload-rejected = одбијено
upload-back = Назад на листу
form-participant-town-required = Унесите град или организацију (до 120 знакова).
form-participant-role-invalid = Употребите delegate (делегат), speaker (говорник), staff (особље), press (новинар) или resident (мештанин).
form-travel-invalid = Употребите plane (авион), train (воз), bus (аутобус), coach (туристички аутобус), car (аутомобил), ship (брод) или other (друго).
form-travel-leaves-before-arriving = Одлазак не може бити пре доласка.
form-yes-no-invalid = Упишите yes (да) или no (не).
audit-people-save = особе сачуване
audit-person-update = подаци о особи промењени
audit-person-delete = особа уклоњена

## Странице са грешкама за покретање пројекта, пријаве и особе
error-partner-lead-required = Водећи партнер не може да се уклони
error-partner-hosts-event = Овај град је домаћин сусрета
error-partner-has-coordinators = Овај град има координаторе
error-partner-not-found = Партнерски град није пронађен
error-event-published = Објављени сусрет не може да се обрише
error-role-invalid = Непозната улога
error-allow-invalid = Непознат избор
error-account-not-found = Налог није пронађен
error-registration-closed = Пријаве су затворене
error-registration-not-found = Пријава није пронађена
error-link-unknown = Овај линк не може да се употреби
error-person-not-found = Особа није пронађена
error-delegation-invalid = Непозната делегација
error-upload-invalid = Датотека није могла да се прими
error-upload-empty = Изаберите датотеку
error-upload-unreadable = Датотека не може да се прочита као CSV или XLSX
error-upload-no-name-column = Датотека нема колону са именом

## Лични подаци: сопствени и колико дуго се чувају
my-data = Моји подаци
my-data-hint = Можете да преузмете све што је о вама сачувано или да то обришете. Брисањем се отказују ваше пријаве (ваша места добијају особе са листе чекања) и бришу се ваше име, контакт подаци и потребе; остају само ваша земља и делегација, неповезане са вашим именом, у бројчаном прегледу који тражи финансијер. Након тога овај линк више неће радити.
my-data-download = Преузмите моје податке (JSON)
my-erase-confirm = Да, обришите моје податке.
my-erase = Обришите моје податке
my-erase-confirm-needed = Да бисте обрисали своје податке, најпре означите поље за потврду.
my-erased-title = Ваши подаци су обрисани
my-erased = Ваше пријаве су отказане, а ваши лични подаци су уклоњени. Хвала вам на учешћу.
retention-title = Чување личних података
retention-hint = После овог датума подаци о особама у овом пројекту се анонимизују: имена, контакт подаци и потребе се бришу; земље, делегације и присуство остају ради извештаја. Поставите датум на крај периода у коме финансијер може да проверава пројекат.
retention-until = Лични подаци се чувају до
retention-saved = Датум до ког се чувају лични подаци је сачуван.
audit-project-retention = рок чувања личних података постављен
audit-people-purge = лични подаци анонимизовани
error-date-invalid = Ово није датум

## Евиденција присуства и беџеви
checkin-title = Евиденција присуства
checkin-day = Дан
checkin-show-day = Прикажите
checkin-present = Присутно: { $count } од { $total }.
checkin-by-code = Према коду са беџа
checkin-code = Код на беџу
checkin-submit = Евидентирајте присуство
checkin-scan = Скенирајте камером
checkin-list = Са списка
checkin-here = Присуство евидентирано
checkin-undo = Поништите
checkin-done = Особа { $name } је евидентирана као присутна.
checkin-undone = Особа { $name } више није означена као присутна.
checkin-unknown-code = Нико на овом сусрету нема овај код. Проверите га или пронађите особу на списку.
badges-title = Беџеви
badges-hint = Одштампајте ову страницу на папиру формата A4 (осам беџева по листу), исеците дуж испрекиданих линија и ставите беџеве у футроле. Помоћу кода и QR кода евидентира се присуство особе.
badges-qr = QR код за евидентирање присуства:
participants-per-day = Присуство по данима
participants-present = Присутни
error-day-invalid = Овај дан није део овог сусрета
error-person-invalid = Непозната особа

## Листе потписа
sheet-title = Листе потписа
sheet-intro = Доказ који тражи финансијер: за сваки дан и сваку делегацију име, град и земља свих особа, са колоном за потпис. Одштампајте листу, замолите присутне да је потпишу на пулту за пријем и чувајте је уз документацију пројекта.
sheet-blank = Празна листа за особе које дођу без пријаве
sheet-download = Отворите листу (PDF)
sheet-walk-ins = Особе које су дошле без пријаве
sheet-number = Бр.
sheet-signature = Потпис
sheet-footer = Листа потписа
sheet-page = Страна { $n } од { $total }
error-sheet-invalid = За овај избор листа не може да се направи

## Самостална пријава преко линка делегације
join-title = Пријава у делегацију града { $town }
join-intro = Координатор вашег града послао вам је овај линк да бисте се пријавили за сусрет „{ $event }“. Потребни су само ваше име, адреса е-поште, град и земља; остали подаци помажу домаћинима да испланирају ваше путовање, смештај и оброке.
join-done-title = Хвала на пријави
join-done = Пријављени сте. Послали смо вам поруку е-поште са линком до вашег личног програма; помоћу истог линка можете да видите и обришете своје податке.
join-mail-subject = Пријављени сте: { $event }
join-mail-body =
    Добар дан, { $name }!

    Пријављени сте за сусрет „{ $event }“.

    Ваша лична страница, са вашим програмом и адресом за претплату у календару, налази се овде (овај линк не делите ни са ким):
    { $link }
join-links-title = Линкови за самосталну пријаву
join-links-intro = Поделите линк делегације са особама из те делегације: оне се саме пријављују и одмах улазе у ту делегацију. Нови линк замењује стари, који престаје да ради.
join-link-none = још нема линка
join-link-renew = Нови линк
join-link-renewed = Нови линк је спреман; стари више не ради.
audit-join-link-renew = линк за пријаву обновљен
audit-people-join = особа пријављена преко линка

## Страница за објављивање
publication-title = { $event }: шта се догодило
publication-here = Објава за финансијера
publication-place = Место
publication-participants = Учесници
publication-invited = Позвани учесници из партнерских земаља
publication-basis-registrations = према досадашњим пријавама
publication-basis-attendance = присутни бар једног дана
publication-per-country = Учесници по земљама
publication-per-country-caption = Број учесника из сваке земље
publication-no-participants = Још нема евидентираних учесника.
publication-days = По данима

## Прихватљивост и грант
elig-title = Прихватљивост и грант
elig-eligible = Пројекат испуњава сва правила свог позива.
elig-not-eligible = Пројекат још не испуњава сва правила.
elig-no-ruleset = Изаберите позив из којег се пројекат финансира да бисте видели да ли испуњава његова правила.
elig-no-ruleset-choice = Без правила финансијера
elig-version = правила на дан
elig-event-count = { $event } — број особа: { $participants }, од тога позваних: { $invited }, број дана: { $days } ({ $basis })
elig-basis-registrations = према пријавама
elig-basis-attendance = према присуству
elig-grant = Грант
elig-grant-band = { $amount }: распон од { $from } до { $to } позваних учесника
elig-grant-band-top = { $amount }: распон од { $from } или више позваних учесника
elig-grant-overridden = { $amount }, како су унели организатори
elig-grant-none = Нема гранта док неко правило није испуњено.
elig-grant-calculator = Износ даје званични калкулатор позива: унесите његов резултат испод.
elig-next-band = Још позваних учесника: { $more } → { $amount }
elig-grant-unverified = Ови износи још нису проверени према извору ({ $source }); потврдите их пре него што се на њих ослоните.
elig-rules = Правила
elig-rules-caption = Сва правила позива, вредност пројекта и извор из којег потиче свако правило
elig-rule = Правило
elig-result = Исход
elig-required = Потребно
elig-actual = Пројекат
elig-source = Извор
elig-passed = испуњено
elig-failed = није испуњено
elig-verified = проверено према извору
elig-unverified = још није проверено према извору
elig-overridden = изменили организатори
elig-settings = Позив и исправке
elig-ruleset = Правила позива
elig-call-year = Година позива
elig-call-year-hint = Одређује које земље учествују. Празно: година у којој пројекат почиње.
elig-grant-override = Грант у еврима (замењује процену)
elig-grant-override-hint = На пример износ из званичног калкулатора позива. Празно: процена према правилима.
elig-rule-overrides = Исправљене вредности
elig-rule-overrides-hint = Само ако позив на који сте се пријавили прописује другачије; оставите празно да бисте користили приказану вредност.
elig-saved = Сачувано.
form-ruleset-unknown = Изаберите један од наведених позива.
form-elig-call-year-invalid = Унесите годину, на пример 2018.
form-elig-amount-invalid = Унесите цео износ у еврима.
form-elig-rule-invalid = За исправљене вредности унесите целе бројеве.
audit-rules-choose = позив изабран
audit-rules-override = вредности правила промењене

## Завршни извештај
report-link = Завршни извештај
report-title = Завршни извештај: { $project }
report-pdf = Преузмите извештај са листама потписа (PDF)
report-participation = Учешће: { $event }
report-annexes = Прилози
report-annex-publication = Страница за објављивање ({ $event }): { $url }
report-annex-programme = Програм ({ $event }): { $url }
report-annex-sheets = { $count ->
    [one] Уз овај извештај приложена је { $count } листа потписа.
    [few] Уз овај извештај приложене су { $count } листе потписа.
   *[other] Уз овај извештај приложено је { $count } листа потписа.
}
report-page = Страна { $n }
participants-send-link = Пошаљите особи е-поштом линк до њеног личног програма
participants-link-sent = Линк је послат; ранији линк више не ради.
audit-person-send_link = лични линк послат
error-person-no-email = Особа нема адресу е-поште

## Вести и саопштења за медије
news-title = Вести
news-none = Још није објављена ниједна вест.
news-all = Све вести
news-feed = Пратите вести у читачу фидова (Atom)
news-manage-title = Вести и саопштења за медије
news-manage-intro = Направите нацрт саопштења за медије на основу програма и бројчаних података о сусрету или напишите вест. Вести остају нацрти, видљиви само организаторима, док их не објавите.
news-manage-caption = Вести, почев од најновије
news-new = Напишите вест
news-edit-intro = Напишите вест на сваком језику на којем желите да је објавите. Језик који остане празан не приказује се; читаоци тада виде вест на другом језику.
news-field-title = Наслов
news-field-body = Текст
news-body-hint = Обичан текст. Између пасуса оставите празан ред.
news-slug-hint = Последњи део адресе вести. Ако га оставите празним, направиће се од наслова.
news-status = Статус
news-public-page = Јавна страница
news-draft = Нацрт, није јавна
news-published-on = Објављено { $date }
news-draft-press-release = Направите нацрт саопштења за медије за сусрет „{ $event }“
news-drafted = Нацрт саопштења за медије направљен је на основу података о сусрету. Проверите га, измените и објавите.
news-saved = Вест је сачувана.
news-published = Вест је објављена.
news-unpublished = Вест је поново нацрт и више није јавна.
news-deleted = Вест је обрисана.
news-publish = Објавите
news-unpublish = Вратите у нацрт
news-delete = Обришите вест
error-news-not-found = Вест није пронађена
error-news-slug-taken = Друга вест већ има ову адресу
form-news-title-missing = На овом језику постоји текст, али нема наслова.
form-news-slug-taken = Друга вест већ има ову адресу; изаберите другу.
audit-news-create = вест написана
audit-news-update = вест измењена
audit-news-publish = вест објављена
audit-news-unpublish = вест враћена у нацрт
audit-news-delete = вест обрисана

## Нацрт саопштења за медије: реченице састављене од података о сусрету
press-title = Град { $host } угостио партнере из { $countries ->
    [one] { $countries } земље
    [few] { $countries } земље
   *[other] { $countries } земаља
} на сусрету „{ $event }“
press-lead = Град { $host } ({ $country }) био је у периоду { $dates } домаћин сусрета „{ $event }“, одржаног у оквиру пројекта „{ $project }“.
press-funding = Сусрет је финансиран средствима програма { $programme }.
press-delegations = Делегације су дошле из следећих градова: { $towns }.
press-participants = { $total ->
    [one] На сусрету је учествовала { $total } особа
    [few] На сусрету су учествовале { $total } особе
   *[other] На сусрету је учествовало { $total } особа
}, { $invited ->
    [one] од којих је { $invited } позвани учесник из партнерског града у иностранству.
    [few] од којих су { $invited } позвана учесника из партнерских градова у иностранству.
   *[other] од којих је { $invited } позваних учесника из партнерских градова у иностранству.
}
press-per-country = Број учесника по земљама: { $list }.
press-day = { $number }. дан, { $date }: { $items }.
press-signed = Градови { $a } и { $b } потписали су { $date } документ: { $kind }.
press-more = Програм, број учесника по земљама и опис сваког дана објављени су на адреси { $url }

## Фотографије са сусрета
photos-title = Фотографије
photos-intro = Фотографије се приказују на страници за објављивање сусрета, коју тражи финансијер. Приликом отпремања из датотеке се уклањају место и време снимања, подаци о фотоапарату и сва имена која су у њој сачувана.
photos-see-publication = Погледајте страницу за објављивање.
photos-none = Још нема фотографија.
photos-add = Додајте фотографију
photos-edit = Измените
photos-edit-title = Измените фотографију
photos-field-file = Фотографија (JPEG или PNG)
photos-file-hint = Највише { $mib } MiB.
photos-field-alt = Шта је на фотографији
photos-alt-hint = За особе које не могу да виде фотографију: опишите је једном реченицом, на пример „Градоначелници Рашке и Даугавпилса потписују меморандум“.
photos-field-caption = Текст испод фотографије
photos-field-credit = Фотограф
photos-credit = Фото: { $name }
photos-field-consent = Особе које могу да се препознају на овој фотографији сагласиле су се с њеним објављивањем.
photos-field-position = Редни број
photos-position-hint = Фотографије се приказују по редним бројевима, почев од 1.
photos-upload = Отпремите фотографију
photos-added = Фотографија је додата.
photos-saved = Фотографија је сачувана.
photos-deleted = Фотографија је обрисана.
photos-delete = Обришите фотографију
error-photo-not-found = Фотографија није пронађена
error-photo-too-large = Фотографија је превелика
form-photo-empty = Изаберите фотографију.
form-photo-too-large = Фотографија је превелика; дозвољено је највише 12 MiB.
form-photo-format = Могу да се отпреме само фотографије у формату JPEG или PNG.
form-photo-dimensions = Ова страница не може да прикаже фотографију ових димензија у пикселима.
form-photo-unreadable = Датотека не може да се прочита као фотографија.
form-photo-duplicate = Ова фотографија је већ на страници.
form-photo-consent-required = Потврдите да су се приказане особе сагласиле с објављивањем.
form-photo-position-invalid = Унесите цео број од 1 до 10.000.
audit-photo-add = фотографија додата
audit-photo-update = фотографија измењена
audit-photo-delete = фотографија обрисана

## Резиме евалуације и нови делови извештаја
events-field-evaluation = Резиме евалуације
events-evaluation-hint = Шта су учесници рекли у евалуацији, за завршни извештај. Између пасуса оставите празан ред.
report-evaluation = Евалуација: { $event }
report-annex-photos = { $count ->
    [one] { $count } фотографија са сусрета „{ $event }“, на његовој страници за објављивање.
    [few] { $count } фотографије са сусрета „{ $event }“, на његовој страници за објављивање.
   *[other] { $count } фотографија са сусрета „{ $event }“, на његовој страници за објављивање.
}
report-annex-news = Саопштење за медије или вест „{ $title }“: { $url }

# Concurrent edits: a save against a version someone else replaced meanwhile.
error-edit-changed-meanwhile = Неко је ово у међувремену променио
error-412-help = Неко други је ово променио након што сте га прочитали. Прочитајте поново, па онда унесите своју измену.
edit-changed-meanwhile = Неко други је сачувао ову ставку док сте је уређивали
edit-changed-meanwhile-help = Ништа није преписано. Испод је оно што је сада сачувано; ваша верзија је и даље у обрасцу. Упоредите обе, по потреби исправите образац и сачувајте поново да задржите своју верзију.
edit-saved-now = Сада сачувано
edit-your-version = Ваша верзија је у обрасцу испод.
partners-changed-meanwhile = Неко други је у међувремену променио улогу за { $town }: сада је { $now }; ви сте изабрали { $yours }. Изаберите поново ако ваш избор треба да остане.

# --- w-signin ---
form-password-weak = Ову лозинку је превише лако погодити. Неколико неповезаних, необичних речи чини јаку лозинку.
form-password-weak-common = Ову лозинку је превише лако погодити: то је често коришћена лозинка или слична њој.
form-password-weak-pattern = Ову лозинку је превише лако погодити: обрасци на тастатури и низови као abc или 6543 се испробавају први.
form-password-weak-repeat = Ову лозинку је превише лако погодити: поновљени знакови или речи мало доприносе.
form-password-weak-dates = Ову лозинку је превише лако погодити: датуми и године се испробавају први.
form-password-weak-names = Ову лозинку је превише лако погодити: имена, презимена и ваша адреса се испробавају први.
form-password-weak-word = Ову лозинку је превише лако погодити: једна реч није довољна. Додајте неколико неповезаних речи.
form-totp-code-wrong = Код није тачан. Унесите тренутни код из апликације за аутентификацију или код за опоравак.
form-totp-code-required = Унесите код из апликације за аутентификацију.
form-totp-secret-invalid = Ова тајна се не може користити. Поново учитајте страницу да бисте добили нову.
form-token-days-invalid = Изаберите колико дана токен важи: од 1 до 365.
error-signin-challenge-expired = Ова пријава је истекла
error-page-invalid = Овај број странице се не може користити
signin-wait = Превише покушаја. Сачекајте { $seconds } с, па покушајте поново.
totp-signin-title = Други корак: ваш код
totp-signin-hint = Шестоцифрени код из апликације за аутентификацију или један од ваших кодова за опоравак.
field-totp-code = Код
totp-title = Пријава у два корака
totp-on = Пријава у два корака је укључена: при пријави се тражи код из апликације за аутентификацију.
totp-off = Пријава у два корака је искључена.
totp-manage = Управљајте пријавом у два корака
totp-set-up = Подесите пријаву у два корака
totp-enabled = Пријава у два корака је укључена.
totp-disabled = Пријава у два корака је искључена.
totp-recovery-once = Запишите ове кодове за опоравак и чувајте их на сигурном. Сваки важи једном, ако изгубите телефон. Приказују се само сада.
totp-codes-left = Преостало кодова за опоравак: { $count }
totp-disable = Искључите пријаву у два корака
totp-required = Као администратор инстанце, морате прво подесити пријаву у два корака.
totp-help = Додајте овај налог у апликацију за аутентификацију (на пример FreeOTP, Aegis или Google Authenticator): скенирајте QR код, отворите везу на телефону или укуцајте кључ. Затим унесите код који апликација приказује.
totp-qr-caption = QR код за вашу апликацију за аутентификацију
totp-secret = Кључ
totp-link = Веза
totp-link-open = Отворите у апликацији за аутентификацију
totp-confirm = Укључите
account-token-expired = Истекло
account-token-expires = Истиче
field-token-days = Важи
account-token-days = { $days } дана
security-title = Безбедносни дневник
security-help = Пријаве, неуспели и успорени покушаји, пријава у два корака, API токени, промене лозинки и улога, најновије прво. Клијенти се приказују само као њихова мрежа.
security-page = Страница { $page }
security-empty = Још ништа није забележено.
security-caption = Безбедносни догађаји, најновији први
security-account = Налог
security-client = Мрежа
security-pages = Странице безбедносног дневника
security-newer = Новије
security-older = Старије
security-signin-ok = пријављен
security-signin-fail = погрешна лозинка
security-signin-throttled = покушај успорен
security-totp-enrol = пријава у два корака укључена
security-totp-disable = пријава у два корака искључена
security-totp-fail = погрешан код
security-totp-throttled = покушај кода успорен
security-recovery-used = искоришћен код за опоравак
security-token-create = направљен API токен
security-token-use = коришћен API токен
security-token-revoke = опозван API токен
security-password-change = лозинка промењена
security-password-reset = лозинка ресетована
security-reset-throttled = захтев за ресетовање успорен
# --- w-lingers ---
photo-consent-yes = Фотографије: да
photo-consent-no = Без фотографија
photo-consent-not_asked = Фотографије: није питано (без фотографија)
photo-consent-choice-yes = Да
photo-consent-choice-no = Не
photo-consent-choice-not_asked = Још није питано
consent-minor = Млађи од 18 година (малолетник)
consent-minor-short = Малолетник
consent-guardian-name = Име родитеља или старатеља
consent-guardian-hint = Само за малолетника: родитељ или старатељ који се сагласава с учешћем.
consent-guardian-consent = Родитељ или старатељ се сагласава с учешћем овог малолетника и с начином коришћења његових података
participants-photos = Фотографије
form-photo-consent-invalid = Изаберите да, не или није питано.
form-participant-guardian-required = За малолетника је потребно име родитеља или старатеља.
form-participant-guardian-consent-required = Малолетник учествује само уз сагласност родитеља или старатеља.
privacy-notice-title = Обавештење о приватности
privacy-notice-default = Пројекат { $project } воде његови организатори. Они чувају оно што овде унесете (ваше име, град или организацију, земљу, контакт податке и оно што наведете о путу, оброцима и приступачности) и виде то заједно с координатором ваше делегације; то никада није јавно. Ревизори { $funder } могу да провере имена, градове и присуство ради провере гранта. Све се чува до { $until }; после тога остају само анонимни бројеви. Преко линка из е-поште у сваком тренутку можете да видите, преузмете или обришете своје податке.
privacy-notice-default-no-date = Пројекат { $project } воде његови организатори. Они чувају оно што овде унесете (ваше име, град или организацију, земљу, контакт податке и оно што наведете о путу, оброцима и приступачности) и виде то заједно с координатором ваше делегације; то никада није јавно. Ревизори { $funder } могу да провере имена, градове и присуство ради провере гранта. Све се чува до датума који одреде организатори; после тога остају само анонимни бројеви. Преко линка из е-поште у сваком тренутку можете да видите, преузмете или обришете своје податке.
privacy-notice-funder-unknown = финансијера
privacy-edit-title = Обавештење о приватности
privacy-edit-intro = Ко шта чува, колико дуго и ко то сме да провери. Ово обавештење се приказује свуда где пројекат прикупља личне податке: при пријави, при придруживању делегацији, у обрасцима за особе и на личним страницама. Напишите га на сваком потребном језику; за празан језик приказује се подразумевани текст.
privacy-edit-default = Ако остане празно, приказује се ово обавештење: { $text }
privacy-edit-saved = Обавештење о приватности је сачувано.
my-photos = Фотографије
my-photos-saved = Ваш одговор о фотографијама је сачуван.
participants-erase = Обриши личне податке (на захтев особе)
participants-erased = Подаци особе су обрисани; ако је присуствовала, име и град остају за ревизију финансијера до датума чувања.
participants-erased-kept = обрисано, чува се за ревизију
# --- w-forms ---
form-date-out-of-range = Датум мора бити између 1900. и 2200. године.
form-item-outside-event = Тачка програма је изван дана сусрета (за долазак и одлазак дозвољен је један дан пре или после).
form-event-too-long = Сусрет траје највише 366 дана.
error-date-out-of-range = Датум изван година 1900–2200
error-item-outside-event = Тачка програма изван дана сусрета
error-event-too-long = Сусрет је предугачак
error-rate-limited = Превише захтева
error-429-help = Са ваше везе је за кратко време стигло много захтева. Сачекајте минут и покушајте поново.
registration-done-already = Већ сте пријављени за ову тачку програма, па нисмо послали нову поруку: она коју сте раније добили садржи ваш лични линк.
form-honeypot-label = Оставите ово поље празно: служи за препознавање аутоматских слања.
registration-status-pending = Чека вашу потврду е-поштом
registration-done-pending = Скоро готово: послали смо вам поруку са линком. Ваше место се рачуна када га отворите у року од { $hours } сати.
registration-mail-pending =
    Здраво { $name },

    молимо потврдите пријаву за:

    { $item }

    Ваше место се рачуна тек када отворите овај линк и притиснете дугме (важи до { $until }):
    { $confirm }

    Ако се нисте пријавили, занемарите ову поруку: пријава ће сама истећи. Ваша лична страница је овде (задржите овај линк за себе):
    { $link }
confirm-title = Потврдите пријаву
confirm-intro = Притисните дугме да потврдите пријаву. Од тада се ваше место рачуна.
confirm-submit = Потврђујем пријаву
confirm-done = Хвала: ваша пријава је потврђена и имате место.
error-registration-confirmation-expired = Овај линк за потврду је истекао; пријавите се поново
registration-settings-save = Сачувај
registration-settings-confirm = Рачунај јавну пријаву тек када је особа потврди линком из своје е-поруке
registration-settings-hint = Тако скрипте не могу да попуне места измишљеним адресама. Непотврђене пријаве не заузимају место и истичу после 48 сати.
registration-settings-saved = Сачувано: начин примања пријава.
# --- w-uploads ---
error-request-too-large-limit = На ову адресу може се послати највише { $mib } MiB.
error-sheet-file-too-large = Датотека је превелика
error-sheet-file-too-large-limit = Списак може имати највише { $limit } MiB.
error-sheet-uncompressed-too-large = Распакована радна свеска садржи превише података
error-sheet-uncompressed-too-large-limit = Распакована радна свеска може садржати највише { $limit } MiB.
error-sheet-compression-ratio = Радна свеска је сумњиво јако сажета
error-sheet-compression-ratio-limit = Део радне свеске распакован може бити највише { $limit } пута већи од сажетог.
error-sheet-too-many-parts = Радна свеска има превише делова
error-sheet-too-many-parts-limit = Радна свеска може имати највише { $limit } делова.
error-sheet-too-many-rows = Списак има превише редова
error-sheet-too-many-rows-limit = Списак може имати највише { $limit } редова, укључујући ред са заглављем. Поделите га на више датотека.
error-sheet-too-many-columns = Списак има превише колона
error-sheet-too-many-columns-limit = Списак може имати највише { $limit } колона.
error-sheet-too-many-cells = Списак има превише ћелија
error-sheet-too-many-cells-limit = Списак може имати највише { $limit } ћелија.
error-sheet-cell-too-long = Једна ћелија је предуга
error-sheet-cell-too-long-limit = Ћелија може садржати највише { $limit } знакова.
error-sheet-markup-too-long = Радна свеска садржи блок података предугачак да би био ћелија
error-sheet-markup-too-long-limit = Између две ознаке радна свеска може садржати највише { $limit } бајтова.
error-sheet-too-slow = Читање списка је трајало предуго
error-sheet-too-slow-limit = Списак мора бити прочитан за { $limit } секунди.
error-xliff-too-large = Датотека је превелика
error-xliff-too-large-limit = XLIFF датотека може имати највише { $mib } MiB.
error-xliff-doctype = Датотека садржи DOCTYPE декларацију, која XLIFF датотекама није потребна; уклоните је и поново отпремите
error-xliff-too-deep = Датотека угнежђује елементе предубоко
error-xliff-too-deep-limit = Елементи могу бити угнежђени највише { $limit } нивоа дубоко.
error-xliff-too-many-units = Датотека садржи превише текстова
error-xliff-too-many-units-limit = XLIFF датотека може садржати највише { $limit } текстова.
form-photo-truncated = Датотека се завршава пре слике – одсечена је. Отпремите целу фотографију.
form-photo-no-image-data = Датотека не садржи слику.
form-photo-too-many-pixels = Фотографија има превише пиксела: највише 40 мегапиксела и 16.000 пиксела по страници.
form-photo-polyglot = Датотека после слике садржи други документ; отпремите само фотографију.
# --- w-heavy ---
error-server-busy = Припрема се
error-server-busy-help = Сервер управо припрема друге документе. Ова страница ће сама поново послати захтев за { $seconds } с; не морате ништа да радите.
