"""Realistic synthetic child-protection caseload content, for demos and benchmarks.

`generate_cases(seed, count, today)` yields one `SyntheticCase` per family: the family, its
members, the case, visits, a case plan with goals, referrals and notes, as plain field dicts
that pass `validate_fields(..., complete=False)`. The caller (`casemgr demo seed`, the 100k
benchmark) writes them through the workflow layer, which fills the fields noted on each
class (ids, case number, status, assigned worker, ...) and takes each case as far along the
workflow as its `stage` says, each step on the day the case says it happened.

Every date is counted back from `today`, so the caseload looks the same whenever it is
seeded: cases opened over the past months (closed ones over the past two years), the last
visit mostly within the visiting interval of the case's risk, the next case review ahead,
and about one case in ten with a task overdue by a few days to a few weeks (never more than
`MAX_OVERDUE_DAYS`). Plans and closures are requested on a day such that the demo
supervisor has decided them by today (`decision_day`), except the ones requested in the last
days, which wait for him.

Everything is invented: names are common given and family names of eight world regions
combined at random, places are fictional, phone numbers use the unassigned country code
+999 and e-mail addresses the reserved `.example.org` domain.

Output depends only on the seed and `today`, and only `Random.random()` is drawn, so it is
the same on every platform and Python version. About 20,000 cases (250,000 records) a
second on one core.
"""

from __future__ import annotations

import random
from bisect import bisect
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from itertools import accumulate, combinations, product
from typing import Any, Generic, Literal, TypeVar

from casemgr.domain.records import RiskLevel
from casemgr.domain.schedule import DEFAULT_FIRST_VISIT_DAYS, DEFAULT_REVIEW_DAYS

__all__ = [
    "MAX_OVERDUE_DAYS",
    "REGIONS",
    "SyntheticCase",
    "SyntheticGoal",
    "SyntheticPerson",
    "SyntheticReferral",
    "SyntheticTask",
    "decision_day",
    "generate_case",
    "generate_cases",
    "generate_providers",
]

# How far a case has come. new: registered, visited at most once (status open until the
# first visit, then active); assessed: screened, no plan yet; planned: a plan written, in
# draft or waiting for the supervisor; in_service: the plan approved, services under way;
# closing: closure requested, waiting for the supervisor; closed: closure approved.
Stage = Literal["new", "assessed", "planned", "in_service", "closing", "closed"]
Outcome = Literal[None, "accepted", "declined", "completed"]


@dataclass
class SyntheticPerson:
    """A household member: person fields without `family_id`."""

    fields: dict[str, Any]


@dataclass
class SyntheticGoal:
    """A case-plan goal: plan_goal fields without `plan_id`."""

    fields: dict[str, Any]


@dataclass
class SyntheticReferral:
    """A referral as drafted (status "draft", no person_id or provider_id).

    `send` is only ever True when the referral may be sent: consent recorded, or an
    override with its reason. `outcome` (only with `send`) is where the provider's answer
    takes it; None leaves it sent and awaiting an answer. `person_index` is the index in
    `SyntheticCase.persons` of the child the reason speaks of (link that child).
    `response` is the provider's answer text for an outcome. The days (ISO dates, none
    after today): `sent_on` with `send`, `answered_on` with an outcome, `completed_on`
    with the outcome "completed".
    """

    fields: dict[str, Any]
    send: bool
    outcome: Outcome
    person_index: int = 0
    response: str | None = None
    sent_on: str | None = None
    answered_on: str | None = None
    completed_on: str | None = None


@dataclass
class SyntheticTask:
    """A follow-up task that came out of a visit (on `created_on`): open while `done_on` is
    None, else ticked off that day."""

    title: str
    created_on: str
    due_date: str
    done_on: str | None = None


@dataclass
class SyntheticCase:
    """One family's case, and how far along the workflow the seeder should take it.

    `case` holds risk, protection_concerns, legal_basis, consent_given_by, consent_date
    (the last two only with legal basis "consent"), opened_on and summary; the seeder
    fills case_number, family_id, assigned_to, team and status. `persons` lists the
    caregivers and other adults first, then the children, eldest first. A plan (summary,
    review date, goals, `planned_on`) is present exactly for the stages planned,
    in_service, closing and closed; `closure_reason` and `closure_requested_on` exactly for
    closing and closed.

    The days things happened, as ISO dates, none after today: `assessed_on` (the initial
    screening, from the stage assessed on), `planned_on` (the plan written),
    `plan_submitted_on` (sent for approval; None for a plan still in draft),
    `closure_requested_on`. Case reviews: the first one is the task the workflow adds at
    registration; `last_review` is the day the latest review was held (None: none yet) and
    `next_review` the due date of the open review task (None once closure is requested).
    `tasks` are follow-ups of visits. `overdue_by`: how many days the earliest open task
    (first visit, review or follow-up) is overdue today (0: none is).
    """

    family: dict[str, Any]
    persons: list[SyntheticPerson]
    case: dict[str, Any]
    visits: list[dict[str, Any]]
    plan_summary: str | None
    plan_review_date: str | None
    goals: list[SyntheticGoal]
    referrals: list[SyntheticReferral]
    notes: list[str]
    stage: Stage
    closure_reason: str | None = None
    assessed_on: str | None = None
    planned_on: str | None = None
    plan_submitted_on: str | None = None
    closure_requested_on: str | None = None
    last_review: str | None = None
    next_review: str | None = None
    tasks: list[SyntheticTask] = field(default_factory=list)
    overdue_by: int = 0


# --------------------------------------------------------------------------- sampling

T = TypeVar("T")
_Rand = Callable[[], float]


class _Weighted(Generic[T]):
    """Weighted choice by one `random()` draw and a bisection over cumulative weights."""

    __slots__ = ("_cum", "_items", "_total", "items")

    def __init__(self, pairs: Sequence[tuple[T, float]]) -> None:
        self.items: tuple[T, ...] = tuple(p[0] for p in pairs)
        cum = list(accumulate(float(p[1]) for p in pairs))
        self._total = cum[-1]
        cum[-1] = float("inf")  # a draw that rounds up to the total still lands on the last
        self._cum = tuple(cum)

    def pick(self, r: _Rand) -> T:
        return self.items[bisect(self._cum, r() * self._total)]


def _one(r: _Rand, seq: Sequence[T]) -> T:
    return seq[int(r() * len(seq))]


def _split(text: str) -> tuple[str, ...]:
    return tuple(s.strip() for s in text.split(",") if s.strip())


# --------------------------------------------------------------------------- names

@dataclass(frozen=True)
class _Group:
    """People who share a language and naming custom; families are drawn within one group."""

    region: str
    languages: tuple[str, ...]
    female: tuple[str, ...]
    male: tuple[str, ...]
    surnames: tuple[tuple[str, str], ...]  # (form for a man or boy, form for a woman or girl)
    keeps_name: float  # chance that a mother keeps a family name of her own
    double_surname: bool = False  # children carry paternal + maternal family name


def _group(region: str, languages: str, female: str, male: str, surnames: str,
           keeps_name: float, double_surname: bool = False) -> _Group:
    forms = []
    for s in _split(surnames):
        m, _, f = s.partition("/")
        forms.append((m, f or m))
    return _Group(region, _split(languages), _split(female), _split(male), tuple(forms),
                  keeps_name, double_surname)


_GROUPS_BY_REGION: dict[str, tuple[_Group, ...]] = {
    "East Africa": (
        _group("East Africa", "Swahili, Swahili, Swahili, English",
               "Wanjiru, Achieng, Nyambura, Zawadi, Neema, Rehema, Makena, Njeri, Akinyi, "
               "Atieno, Mwajuma, Imani, Nafula, Grace, Mercy, Faith, Esther",
               "Baraka, Otieno, Kamau, Mwangi, Omondi, Kiprono, Daudi, Juma, Hamisi, Jabari, "
               "Wafula, Ochieng, Emmanuel, Brian, Kevin, Dennis",
               "Otieno, Kamau, Mwangi, Ochieng, Njoroge, Wanjala, Omondi, Mushi, Massawe, "
               "Kimaro, Mutua, Kiptoo, Kariuki, Odhiambo, Wekesa", 0.3),
        _group("East Africa", "Somali",
               "Amina, Fatuma, Halima, Hodan, Faduma, Nasra, Sahra, Ifrah, Ubah, Deeqa, "
               "Hibaaq, Ayaan, Khadra, Sagal",
               "Abdi, Mohamed, Hassan, Yusuf, Ali, Abdullahi, Farah, Ahmed, Omar, Ismail, "
               "Liban, Mahad, Said, Bashir",
               "Hassan, Abdi, Mohamed, Ali, Farah, Warsame, Osman, Jama, Aden, Hersi, Egal, "
               "Duale, Nur, Ibrahim", 1.0),
        _group("East Africa", "Amharic, Amharic, Tigrinya, Oromo",
               "Tigist, Selam, Hiwot, Meron, Bethlehem, Almaz, Genet, Rahel, Mahlet, Saba, "
               "Eden, Liya, Tsion, Helen",
               "Dawit, Abebe, Yonas, Tekle, Samuel, Biniam, Henok, Kidus, Mulugeta, "
               "Getachew, Tesfaye, Solomon, Elias, Natnael",
               "Tesfaye, Bekele, Haile, Girma, Alemu, Tadesse, Wolde, Gebre, Mekonnen, "
               "Assefa, Kebede, Desta, Berhane, Tekle", 1.0),
        _group("East Africa", "Luganda, Kinyarwanda, English",
               "Nakato, Babirye, Namuli, Akello, Uwase, Ineza, Mutoni, Keza, Aline, Sandra, "
               "Joan, Ritah",
               "Mugisha, Kato, Ssempa, Okello, Habimana, Kwizera, Ivan, Ronald, Moses, "
               "Isaac, Patrick, Jonan",
               "Mugisha, Okello, Ssemwanga, Nsubuga, Byaruhanga, Tumusiime, Uwimana, "
               "Niyonzima, Habimana, Hakizimana, Mukasa, Ochen", 0.6),
    ),
    "West Africa": (
        _group("West Africa", "Yoruba, Yoruba, English",
               "Funmilayo, Folake, Yetunde, Bisi, Oluwaseun, Adunni, Titilayo, Bukola, Kemi, "
               "Temitope, Blessing, Deborah",
               "Tunde, Femi, Babatunde, Olumide, Segun, Ayodele, Kunle, Tobi, Damilola, "
               "Samuel, David, Gbenga",
               "Adeyemi, Ogunleye, Balogun, Adebayo, Olawale, Adeleke, Ogundipe, Oyelaran, "
               "Akinola, Oladipo, Afolabi, Ojo", 0.15),
        _group("West Africa", "Igbo, Igbo, English",
               "Adaeze, Chiamaka, Ngozi, Nneka, Ifeoma, Amarachi, Chinwe, Uchenna, Obiageli, "
               "Ebere, Comfort, Patience",
               "Chinedu, Emeka, Obinna, Ebuka, Chukwudi, Ikenna, Nnamdi, Kelechi, Uche, "
               "Chidi, Godwin, Emmanuel",
               "Okafor, Okeke, Eze, Nwosu, Okonkwo, Chukwu, Nwachukwu, Obi, Onyeka, "
               "Anyanwu, Igwe, Nnadi", 0.15),
        _group("West Africa", "Hausa",
               "Hauwa, Zainab, Aisha, Fatima, Maryam, Hadiza, Amina, Rukayya, Safiya, "
               "Halima, Bilkisu, Khadija",
               "Sani, Usman, Aliyu, Musa, Abubakar, Ibrahim, Umar, Yusuf, Bashir, Nasiru, "
               "Kabiru, Lawal",
               "Bello, Abubakar, Danjuma, Ibrahim, Musa, Garba, Suleiman, Yakubu, Lawal, "
               "Abdullahi, Shehu, Aminu", 0.3),
        _group("West Africa", "Twi, Twi, Ewe, English",
               "Adjoa, Akosua, Ama, Abena, Efua, Esi, Afua, Yaa, Akua, Adwoa, Comfort, Gifty",
               "Kwame, Kofi, Kwabena, Yaw, Kojo, Kwesi, Kwaku, Fiifi, Nana, Prince, "
               "Emmanuel, Isaac",
               "Mensah, Asante, Owusu, Boateng, Appiah, Yeboah, Osei, Agyeman, Acheampong, "
               "Darko, Ofori, Amoah", 0.4),
        _group("West Africa", "French, Wolof, Fula, Bambara",
               "Aminata, Mariama, Fatoumata, Awa, Kadiatou, Binta, Adama, Aïssatou, Rokia, "
               "Ndeye, Coumba, Oumou",
               "Mamadou, Moussa, Ibrahima, Abdoulaye, Ousmane, Sekou, Lamine, Bakary, "
               "Seydou, Cheikh, Modou, Boubacar",
               "Diallo, Traoré, Koné, Camara, Touré, Sow, Bah, Ndiaye, Diop, Keita, "
               "Coulibaly, Sylla, Fall, Barry", 0.9),
        _group("West Africa", "Krio, English",
               "Isatu, Mariatu, Kadiatu, Fatmata, Hawa, Jeneba, Memuna, Christiana, "
               "Josephine, Marie",
               "Mohamed, Alusine, Abu, Foday, Sahr, Tamba, Joseph, Emmanuel, Alhaji, Osman",
               "Sesay, Kamara, Conteh, Bangura, Turay, Kargbo, Koroma, Mansaray, Jalloh, "
               "Fofanah", 0.3),
    ),
    "South Asia": (
        _group("South Asia", "Hindi",
               "Priya, Ananya, Sunita, Pooja, Kavya, Divya, Anjali, Rekha, Meena, Neha, Asha, "
               "Ishita, Kiran, Radha",
               "Rahul, Arjun, Amit, Rohan, Vikram, Sanjay, Raj, Ravi, Suresh, Ramesh, Aarav, "
               "Vihaan, Deepak, Manoj",
               "Sharma, Kumar, Singh, Gupta, Verma, Yadav, Mishra, Patel, Chauhan, Joshi, "
               "Tiwari, Pandey, Chaudhary, Saxena", 0.05),
        _group("South Asia", "Bengali",
               "Nusrat, Farzana, Taslima, Rahima, Sadia, Shirin, Nasrin, Sumaiya, Tania, "
               "Jannat, Moushumi, Rupa",
               "Rafiq, Kamal, Anwar, Sohel, Arif, Rakib, Shakib, Tanvir, Jahid, Rubel, Hasan, "
               "Mahmud",
               "Hossain, Rahman, Islam, Chowdhury, Ahmed, Uddin, Miah, Sarker, Mondal, Das, "
               "Roy, Biswas", 0.3),
        _group("South Asia", "Urdu, Urdu, Punjabi, Pashto",
               "Ayesha, Sana, Nazia, Fatima, Mehwish, Hira, Saima, Rabia, Iqra, Bushra, "
               "Amna, Zoya",
               "Imran, Ahmed, Bilal, Hamza, Faisal, Usman, Zain, Ayaan, Asad, Kashif, Tariq, "
               "Waqas",
               "Khan, Malik, Qureshi, Iqbal, Butt, Sheikh, Chaudhry, Raza, Siddiqui, Akhtar, "
               "Mirza, Javed", 0.2),
        _group("South Asia", "Nepali",
               "Sita, Gita, Parvati, Sabina, Sarita, Anita, Srijana, Puja, Laxmi, Bimala",
               "Bikash, Dipak, Nabin, Prakash, Suman, Ramesh, Sanjay, Binod, Roshan, Sagar",
               "Shrestha, Thapa, Gurung, Tamang, Rai, Magar, Adhikari, Karki, Limbu, "
               "Bhandari", 0.05),
    ),
    "Middle East": (
        _group("Middle East", "Arabic",
               "Fatima, Maryam, Zainab, Noor, Layla, Rania, Huda, Amal, Yasmin, Hala, Rasha, "
               "Lina, Dalia, Reem, Salma, Aya, Hiba, Rawan, Asma, Lubna",
               "Ahmad, Mohammad, Ali, Omar, Khaled, Yousef, Ibrahim, Hassan, Hussein, "
               "Mustafa, Tariq, Karim, Samir, Walid, Ziad, Rami, Fadi, Nabil, Adnan, Bilal",
               "Al-Hassan, Haddad, Khalil, Nasser, Saleh, Mansour, Darwish, Hamdan, Aziz, "
               "Hamad, Abboud, Sabbagh, Khoury, Jaber, Qasim, Obeid, Rashid, Najjar, "
               "Al-Ahmad, Youssef", 0.95),
        _group("Middle East", "Kurdish",
               "Dilan, Hevin, Rojda, Berfin, Nesrin, Avin, Shilan, Jiyan, Zilan, Rozhin",
               "Azad, Baran, Serhat, Dara, Rebwar, Karwan, Shvan, Hawar, Aram, Soran",
               "Mahmoud, Rashid, Hussein, Aziz, Omar, Salih, Qadir, Hassan, Bakr, Karim",
               0.9),
        _group("Middle East", "Dari, Dari, Pashto",
               "Zahra, Farida, Marzia, Parwana, Nargis, Shabnam, Mursal, Freshta, Sediqa, "
               "Habiba",
               "Ahmad, Mohammad, Hamid, Jawad, Farid, Sayed, Mustafa, Rahim, Wahid, Nasir",
               "Ahmadi, Mohammadi, Hosseini, Rahimi, Sultani, Karimi, Noori, Hakimi, "
               "Sediqi, Amiri", 0.6),
        _group("Middle East", "Farsi",
               "Shirin, Roya, Maryam, Neda, Parisa, Sahar, Nazanin, Mahsa, Leila, Fatemeh",
               "Reza, Amir, Ali, Mehdi, Hossein, Dariush, Arash, Kian, Babak, Saeed",
               "Karimi, Hosseini, Rezaei, Moradi, Jafari, Ahmadi, Sadeghi, Mousavi, "
               "Ghorbani, Heidari", 1.0),
        _group("Middle East", "Turkish",
               "Elif, Zeynep, Ayşe, Emine, Leyla, Merve, Esra, Büşra, Hatice, Defne",
               "Mehmet, Mustafa, Ahmet, Emre, Kerem, Yusuf, Burak, Hasan, Murat, Eren",
               "Yılmaz, Demir, Kaya, Çelik, Şahin, Yıldız, Öztürk, Aydın, Arslan, Doğan",
               0.05),
    ),
    "Latin America": (
        _group("Latin America", "Spanish, Spanish, Spanish, Spanish, Quechua",
               "María, Ana, Lucía, Valentina, Camila, Sofía, Isabella, Daniela, Gabriela, "
               "Fernanda, Carmen, Rosa, Guadalupe, Paola, Mariana, Ximena, Yesenia, Luz, "
               "Marisol, Alejandra, Jimena, Renata, Catalina, Leticia",
               "José, Juan, Luis, Carlos, Jorge, Miguel, Pedro, Diego, Andrés, Santiago, "
               "Mateo, Sebastián, Alejandro, Javier, Ricardo, Manuel, Rafael, Héctor, Óscar, "
               "Julio, Víctor, Emiliano, Joaquín, Raúl",
               "García, Rodríguez, Martínez, López, González, Hernández, Pérez, Sánchez, "
               "Ramírez, Torres, Flores, Rivera, Gómez, Díaz, Cruz, Morales, Reyes, "
               "Gutiérrez, Ortiz, Chávez, Ramos, Vargas, Castillo, Mendoza, Rojas, Quispe, "
               "Mamani", 1.0, double_surname=True),
        _group("Latin America", "Portuguese",
               "Ana, Beatriz, Júlia, Larissa, Letícia, Fernanda, Juliana, Camila, Gabriela, "
               "Luana, Maria Eduarda, Vitória",
               "João, Pedro, Lucas, Gabriel, Matheus, Rafael, Gustavo, Felipe, Thiago, Bruno, "
               "Davi, Enzo",
               "Silva, Santos, Oliveira, Souza, Lima, Pereira, Ferreira, Costa, Rodrigues, "
               "Almeida, Nascimento, Carvalho", 0.3),
    ),
    "Eastern Europe": (
        _group("Eastern Europe", "Ukrainian, Ukrainian, Russian",
               "Olena, Oksana, Iryna, Nataliia, Svitlana, Tetiana, Yuliia, Anastasiia, "
               "Dariia, Sofiia, Khrystyna, Viktoriia",
               "Oleksandr, Andriy, Dmytro, Serhiy, Mykola, Yuriy, Taras, Bohdan, Ivan, "
               "Maksym, Vladyslav, Artem",
               "Shevchenko, Kovalenko, Bondarenko, Tkachenko, Melnyk, Kravchenko, Oliinyk, "
               "Lysenko, Moroz, Boiko, Savchenko, Kovalchuk, Kovalskyi/Kovalska, "
               "Sokolov/Sokolova", 0.05),
        _group("Eastern Europe", "Polish",
               "Katarzyna, Agnieszka, Magdalena, Zofia, Anna, Małgorzata, Joanna, "
               "Aleksandra, Natalia, Wiktoria, Julia, Maja",
               "Piotr, Tomasz, Łukasz, Paweł, Krzysztof, Jakub, Michał, Marcin, Kacper, "
               "Szymon, Mateusz, Filip",
               "Nowak, Kowalski/Kowalska, Wiśniewski/Wiśniewska, Wójcik, Kowalczyk, "
               "Kamiński/Kamińska, Lewandowski/Lewandowska, Zieliński/Zielińska, "
               "Szymański/Szymańska, Woźniak, Dąbrowski/Dąbrowska, Mazur", 0.05),
        _group("Eastern Europe", "Romanian",
               "Ioana, Elena, Andreea, Alina, Mihaela, Maria, Gabriela, Raluca, Denisa, "
               "Bianca, Alexandra, Cristina",
               "Andrei, Mihai, Ion, Alexandru, Vasile, Gheorghe, Florin, Cristian, Ionuț, "
               "Marian, Daniel, Adrian",
               "Popescu, Ionescu, Popa, Stan, Dumitru, Stoica, Gheorghe, Munteanu, "
               "Constantin, Rusu, Matei, Lungu", 0.05),
        _group("Eastern Europe", "Russian",
               "Irina, Ekaterina, Olga, Anastasia, Tatiana, Svetlana, Natalia, Elena, Daria, "
               "Polina, Ksenia, Alina",
               "Sergei, Alexei, Nikolai, Dmitri, Andrei, Ivan, Mikhail, Pavel, Artyom, "
               "Maxim, Kirill, Vladimir",
               "Ivanov/Ivanova, Smirnov/Smirnova, Kuznetsov/Kuznetsova, Popov/Popova, "
               "Petrov/Petrova, Sokolov/Sokolova, Lebedev/Lebedeva, Kozlov/Kozlova, "
               "Novikov/Novikova, Morozov/Morozova, Volkov/Volkova, Pavlov/Pavlova", 0.05),
    ),
    "Western Europe": (
        _group("Western Europe", "English",
               "Emma, Olivia, Sophie, Charlotte, Amelia, Isla, Freya, Ellie, Grace, Lucy, "
               "Jessica, Niamh, Aoife, Chloe, Megan, Holly",
               "Oliver, Jack, Harry, George, Noah, Leo, Thomas, Liam, Conor, Callum, Jamie, "
               "Daniel, James, Ethan, Ryan, Kyle",
               "Smith, Jones, Williams, Brown, Taylor, Wilson, Evans, Murphy, Kelly, "
               "O'Brien, Walsh, Campbell, MacDonald, Robinson, Wright, Hughes", 0.2),
        _group("Western Europe", "French",
               "Chloé, Léa, Manon, Camille, Inès, Jade, Louise, Zoé, Clara, Lina, Émilie, "
               "Sarah",
               "Lucas, Hugo, Louis, Jules, Théo, Nathan, Gabriel, Arthur, Raphaël, Enzo, "
               "Maxime, Mathis",
               "Martin, Bernard, Dubois, Durand, Lefebvre, Moreau, Laurent, Simon, Michel, "
               "Leroy, Roux, Fournier", 0.3),
        _group("Western Europe", "German",
               "Hannah, Lena, Leonie, Mia, Laura, Julia, Lea, Anna, Marie, Sophie, Lina, "
               "Emilia",
               "Lukas, Finn, Jonas, Paul, Felix, Max, Leon, Elias, Ben, Noah, Tim, Jan",
               "Müller, Schmidt, Schneider, Fischer, Weber, Meyer, Wagner, Becker, Schulz, "
               "Hoffmann, Koch, Richter", 0.2),
        _group("Western Europe", "Dutch",
               "Lotte, Sanne, Eva, Anouk, Fleur, Noor, Emma, Julia, Sara, Tess",
               "Daan, Sem, Bram, Lars, Jesse, Thijs, Ruben, Milan, Luuk, Stijn",
               "de Jong, Jansen, de Vries, van den Berg, Bakker, Visser, Smit, Peeters, "
               "Maes, Janssens, Mulder, de Boer", 0.4),
    ),
    "Southeast Asia": (
        _group("Southeast Asia", "Tagalog, Tagalog, Cebuano",
               "Maria, Angelica, Kristine, Jasmine, Rosalie, Mylene, Princess, Joy, Rowena, "
               "Marites, Andrea, Nicole",
               "Jose, Mark, John Paul, Rommel, Jericho, Ramon, Christian, Jayson, Ronaldo, "
               "Efren, Carlo, Miguel",
               "Santos, Reyes, Cruz, Bautista, Garcia, Mendoza, Dela Cruz, Villanueva, "
               "Ramos, Aquino, Castillo, Navarro", 0.05),
        _group("Southeast Asia", "Vietnamese",
               "Nguyet, Lan, Mai, Linh, Thao, Hoa, Huong, Trang, Ngoc, Phuong, Anh, Thu",
               "Minh, Tuan, Hung, Duc, Quang, Bao, Khanh, Long, Nam, Phuc, Thanh, Huy",
               "Nguyen, Tran, Le, Pham, Hoang, Vu, Dang, Bui, Do, Ho, Ngo, Duong", 1.0),
        _group("Southeast Asia", "Indonesian, Indonesian, Malay",
               "Siti, Nur, Dewi, Putri, Ayu, Wulan, Rina, Sri, Fitri, Indah, Nurul, Lestari",
               "Budi, Agus, Rizky, Adi, Dimas, Arief, Hendra, Eko, Bayu, Fajar, Iwan, Yusuf",
               "Wijaya, Santoso, Saputra, Hidayat, Susanto, Pratama, Kurniawan, Setiawan, "
               "Nugroho, Halim, Rahmat, Siregar", 0.8),
        _group("Southeast Asia", "Thai",
               "Malee, Ploy, Nok, Siriporn, Kanya, Pim, Nattaya, Araya, Wanida, Ratana",
               "Somchai, Anan, Krit, Nattapong, Prasert, Somsak, Wichai, Thanawat, Chai, "
               "Arthit",
               "Srisai, Wongsa, Saelim, Chaiyaporn, Boonmee, Thongdee, Kaewkham, Suksawat, "
               "Rattanakul, Phromma", 0.1),
        _group("Southeast Asia", "Khmer",
               "Sopheap, Sreymom, Chanthy, Sophea, Bopha, Kunthea, Sokunthea, Channary, "
               "Malis, Rachana",
               "Sokha, Vuthy, Rithy, Dara, Sovann, Piseth, Visal, Vannak, Sambath, Bunthoeun",
               "Sok, Chea, Kim, Heng, Lim, Chan, Meas, Keo, Phan, Sam", 1.0),
    ),
}

#: The regions names are drawn from, with the share of families from each.
REGIONS: dict[str, float] = {
    "East Africa": 0.16, "West Africa": 0.14, "South Asia": 0.15, "Middle East": 0.14,
    "Latin America": 0.12, "Eastern Europe": 0.10, "Western Europe": 0.09,
    "Southeast Asia": 0.10,
}
_GROUPS = _Weighted([
    (g, REGIONS[region] / len(groups))
    for region, groups in _GROUPS_BY_REGION.items() for g in groups
])

# --------------------------------------------------------------------------- places

# (area, weight, kind): kind chooses the shape of an address.
_AREAS = _Weighted([
    (("Eastfield", "urban"), 9), (("Riverside", "urban"), 8), (("Hillcrest", "urban"), 6),
    (("Old Market", "urban"), 7), (("Railway Quarter", "urban"), 6),
    (("Northgate", "urban"), 6), (("Lakeside", "urban"), 5), (("Southbank", "urban"), 5),
    (("Kingsway", "urban"), 4), (("Stonebridge", "urban"), 4), (("New Town", "urban"), 5),
    (("Cedar Heights", "urban"), 3), (("Sunrise Estate", "urban"), 5),
    (("Harbour District", "urban"), 4), (("Green Valley", "periurban"), 4),
    (("Westmoor", "periurban"), 3), (("Millbrook", "periurban"), 3),
    (("Brickfield", "informal"), 5), (("Canal Side", "informal"), 4),
    (("North Camp", "camp"), 4), (("Hope Valley Settlement", "camp"), 3),
    (("Oakridge", "rural"), 2), (("Red Hill Village", "rural"), 2),
    (("Two Rivers", "rural"), 2),
])
_STREETS = _split(
    "Station Road, Market Street, Church Lane, Mango Tree Road, Acacia Avenue, Unity Street, "
    "Independence Avenue, Mill Lane, River Road, Hospital Road, Park Avenue, Garden Close, "
    "School Lane, Kiln Street, Tannery Road, Bakers Row, Hilltop Road, Bridge Street, "
    "Well Street, Cotton Lane, Jasmine Close, Palm Street, Orchard Way, Canal Street, "
    "Cemetery Road, Factory Road, Harbour Road, Pine Crescent, Victory Street, Fig Tree Lane"
)
_BUILDINGS = _split(
    "Sunrise Court, Maple House, Tower 3, Block C, Unity Flats, Riverside Mansions, "
    "Green Court, Block F, Harmony House, Tower 1"
)
_LANDMARKS = _split(
    "near the water point, behind the mosque, opposite the bus stage, next to the church, "
    "near the brick kilns, behind the market, by the football ground, near the health post"
)
_PRIMARY_SCHOOLS = _split(
    "Unity Primary School, Hillside Primary School, Good Shepherd Primary School, "
    "Riverside Community School, Central Primary School, Sunrise Primary School, "
    "Bright Start Primary School, Acacia Primary School"
)
_SECONDARY_SCHOOLS = _split(
    "Central Secondary School, Unity High School, Lakeview Secondary School, "
    "Progress Secondary School, Heritage High School, Technical Secondary School"
)
_CLINICS = _split(
    "the District Hospital, the Mother and Child Clinic, the community health post, "
    "the Children's Hospital outpatient clinic"
)


def _phone(r: _Rand) -> str:
    """A number with the unassigned country code +999: it reaches nobody."""
    n = int(r() * 100_000_000)
    return f"+999 7{n // 1_000_000:02d} {n // 1000 % 1000:03d} {n % 1000:03d}"


def _address(r: _Rand, area: str, kind: str) -> str:
    if kind == "camp":
        return f"Block {_one(r, 'ABCDEFGHJK')}, Shelter {1 + int(r() * 400)}, {area}"
    if kind == "informal":
        return f"Plot {1 + int(r() * 300)}, {_one(r, _LANDMARKS)}"
    if kind == "rural":
        return f"House {1 + int(r() * 90)}, {_one(r, _STREETS)}, {area}"
    if r() < 0.3:
        return f"Flat {1 + int(r() * 60)}, {_one(r, _BUILDINGS)}, {_one(r, _STREETS)}"
    return f"{1 + int(r() * 250)} {_one(r, _STREETS)}"


# --------------------------------------------------------------------------- case shape

_STAGES: _Weighted[Stage] = _Weighted([
    ("new", 10), ("assessed", 15), ("planned", 8), ("in_service", 54), ("closing", 3),
    ("closed", 10),
])
# Days between opening and today, by stage (a new case never visited: see generate_case).
_OPENED_AGO: dict[str, tuple[int, int]] = {
    "new": (1, 13), "assessed": (7, 60), "planned": (21, 120), "in_service": (45, 540),
    "closing": (120, 720),
}
# A closed case: closure requested 7 to 200 days ago, 90 to 600 days after the opening.
_CLOSED_AGO = (7, 200)
_CLOSED_AFTER = (90, 600)
_PLANNED_STAGES = ("planned", "in_service", "closing", "closed")
_ENDING_STAGES = ("closing", "closed")
_VISIT_COUNT: dict[str, _Weighted[int]] = {
    "new": _Weighted([(0, 6), (1, 4)]),
    "assessed": _Weighted([(1, 6), (2, 4)]),
    "planned": _Weighted([(1, 3), (2, 4), (3, 3)]),
    "in_service": _Weighted([(2, 2), (3, 3), (4, 3), (5, 2), (6, 1)]),
    "closing": _Weighted([(3, 2), (4, 3), (5, 3), (6, 2)]),
    "closed": _Weighted([(3, 2), (4, 3), (5, 3), (6, 2)]),
}
_REFERRAL_COUNT: dict[str, _Weighted[int]] = {
    "new": _Weighted([(0, 1)]),
    "assessed": _Weighted([(0, 7), (1, 3)]),
    "planned": _Weighted([(0, 3), (1, 5), (2, 2)]),
    "in_service": _Weighted([(1, 5), (2, 4), (3, 1)]),
    "closing": _Weighted([(1, 5), (2, 4), (3, 1)]),
    "closed": _Weighted([(1, 5), (2, 4), (3, 1)]),
}
_NOTE_COUNT: dict[str, _Weighted[int]] = {
    "new": _Weighted([(0, 6), (1, 4)]),
    "assessed": _Weighted([(0, 4), (1, 4), (2, 2)]),
    "planned": _Weighted([(0, 3), (1, 4), (2, 3)]),
    "in_service": _Weighted([(0, 2), (1, 3), (2, 3), (3, 2), (4, 1)]),
    "closing": _Weighted([(1, 3), (2, 3), (3, 2), (4, 1)]),
    "closed": _Weighted([(1, 3), (2, 3), (3, 2), (4, 1)]),
}
_RISKS = _Weighted([("low", 45), ("medium", 35), ("high", 17), ("critical", 3)])
# The workflow's own defaults (casemgr.domain.schedule): the registration's first-visit and
# review tasks fall due where the synthetic case expects them.
_FIRST_VISIT_DAYS = {r.value: d for r, d in DEFAULT_FIRST_VISIT_DAYS.items()}
_REVIEW_DAYS = {r.value: d for r, d in DEFAULT_REVIEW_DAYS.items()}
# Days between visits once the case is under way: the latest visit is mostly this recent.
_VISIT_EVERY = {RiskLevel.LOW.value: 30, RiskLevel.MEDIUM.value: 21, RiskLevel.HIGH.value: 14,
                RiskLevel.CRITICAL.value: 7}
# Of the cases still worked on (not closing or closed), the share with a task overdue today,
# and by how much: a few days to a few weeks, mostly days; a first visit at most two weeks.
_OVERDUE_SHARE = 0.11
MAX_OVERDUE_DAYS = 45
_MAX_FIRST_VISIT_LATE = 14
# Chances: a follow-up of the latest visit is an open task (due within `_FOLLOW_UP_DAYS`);
# one of an earlier visit was a task, done since; a plan of the stage "planned" is still a
# draft.
_OPEN_FOLLOW_UP = 0.35
_FOLLOW_UP_DAYS = 10
_DONE_FOLLOW_UP = 0.5
_DRAFT_PLAN = 0.3
# A referral sent and not answered yet was sent at most this many days ago.
_AWAITING_DAYS = 45
_SAFETY_CHANCE = {"low": 0.04, "medium": 0.12, "high": 0.3, "critical": 0.55}
# Concerns given the risk level: neglect dominates lower risk, abuse and trafficking higher.
_CONCERNS: dict[str, _Weighted[str]] = {
    "low": _Weighted([
        ("neglect", 40), ("emotional_abuse", 12), ("family_separation", 10),
        ("child_labour", 10), ("domestic_violence", 8), ("physical_abuse", 6), ("other", 10),
        ("exploitation", 2), ("child_marriage", 1.5), ("sexual_abuse", 1), ("trafficking", 0.5),
    ]),
    "medium": _Weighted([
        ("neglect", 32), ("physical_abuse", 14), ("emotional_abuse", 12),
        ("domestic_violence", 12), ("child_labour", 8), ("family_separation", 8),
        ("exploitation", 4), ("sexual_abuse", 4), ("child_marriage", 3), ("other", 4),
        ("trafficking", 1),
    ]),
    "high": _Weighted([
        ("neglect", 18), ("physical_abuse", 20), ("sexual_abuse", 14),
        ("domestic_violence", 12), ("exploitation", 8), ("emotional_abuse", 6),
        ("child_marriage", 6), ("family_separation", 6), ("child_labour", 6),
        ("trafficking", 4), ("other", 2),
    ]),
    "critical": _Weighted([
        ("sexual_abuse", 24), ("physical_abuse", 22), ("trafficking", 12),
        ("exploitation", 12), ("neglect", 10), ("child_marriage", 8),
        ("domestic_violence", 8), ("family_separation", 4),
    ]),
}
_CONCERN_COUNT = _Weighted([(1, 55), (2, 32), (3, 13)])
# Concerns that only fit an older child; the case's index child is then at least this old.
_MIN_AGE = {"child_labour": 9, "exploitation": 10, "trafficking": 10, "child_marriage": 12}
_LEGAL_BASIS: dict[str, _Weighted[str]] = {
    "low": _Weighted([("consent", 92), ("statutory_duty", 8)]),
    "medium": _Weighted([("consent", 85), ("statutory_duty", 12), ("court_order", 3)]),
    "high": _Weighted([("consent", 62), ("statutory_duty", 20), ("court_order", 12),
                       ("vital_interest", 6)]),
    "critical": _Weighted([("consent", 35), ("statutory_duty", 20), ("court_order", 25),
                           ("vital_interest", 20)]),
}
_URGENCY: dict[str, _Weighted[str]] = {
    "low": _Weighted([("routine", 85), ("priority", 15)]),
    "medium": _Weighted([("routine", 60), ("priority", 35), ("emergency", 5)]),
    "high": _Weighted([("routine", 25), ("priority", 55), ("emergency", 20)]),
    "critical": _Weighted([("priority", 40), ("emergency", 60)]),
}
_VISIT_TYPES = _Weighted([("home", 60), ("office", 12), ("school", 12), ("phone", 12),
                          ("other", 4)])
_CHILD_COUNT = _Weighted([(1, 30), (2, 28), (3, 22), (4, 12), (5, 8)])

# Household adults: (role, relationship, sex, surname rule, age rule, low, high).
# Age rule "gap": low to high years older than the eldest child; "abs": age today;
# "partner": the first adult's partner, at least `low` years older than the eldest child,
# the man up to `high` years older than the woman (or up to 3 younger); "elder": low to high
# years older than the first adult (a parent's parent).
# Surname rule: "mother" (may keep her own), "line" (the household's), "kin" (either),
# "own" (a different family name).
_Member = tuple[str, str, str, str, str, int, int]
_MOTHER: _Member = ("caregiver", "Mother", "female", "mother", "gap", 16, 42)
_FATHER: _Member = ("caregiver", "Father", "male", "line", "partner", 17, 10)
_GRANDMOTHER: _Member = ("caregiver", "Grandmother", "female", "kin", "gap", 34, 62)
_HOUSEHOLD_SHARES: list[tuple[tuple[_Member, ...], float]] = [
    ((_MOTHER,), 30),
    ((_MOTHER, _FATHER), 24),
    ((_MOTHER, ("caregiver", "Stepfather", "male", "own", "partner", 16, 12)), 5),
    ((_MOTHER, ("other", "Mother's partner", "male", "own", "partner", 10, 12)), 3),
    ((("caregiver", "Father", "male", "line", "gap", 18, 50),), 6),
    ((_GRANDMOTHER,), 8),
    ((_GRANDMOTHER, ("caregiver", "Grandfather", "male", "line", "partner", 34, 10)), 3),
    ((_MOTHER, ("caregiver", "Grandmother", "female", "kin", "elder", 17, 42)), 6),
    ((("caregiver", "Aunt", "female", "kin", "gap", 8, 40),), 4),
    ((("caregiver", "Uncle", "male", "line", "gap", 8, 40),
      ("caregiver", "Aunt", "female", "mother", "partner", 6, 10)), 3),
    ((("caregiver", "Older sister", "female", "line", "abs", 18, 24),), 2),
    ((_MOTHER, _FATHER, ("other", "Uncle", "male", "line", "gap", 4, 30)), 2),
    ((_MOTHER, _FATHER, ("other", "Grandfather", "male", "kin", "elder", 18, 45)), 2),
    ((_MOTHER, ("other", "Lodger", "male", "own", "abs", 20, 60)), 1),
    ((("caregiver", "Foster carer", "female", "own", "abs", 30, 65),), 2),
]
_HOUSEHOLDS = _Weighted(_HOUSEHOLD_SHARES)
# Children separated from their parents live with relatives or foster carers.
_KIN_HOUSEHOLDS = _Weighted([
    (h, w) for h, w in _HOUSEHOLD_SHARES if not any(m[1] in ("Mother", "Father") for m in h)
])

# --------------------------------------------------------------------------- texts
# Placeholders: {c} the child a sentence is about, {pron} {Pron} {obj} {poss} the child's
# pronouns, {school} (the child's, or the one for their age), {clinic} ({Clinic} to start a
# sentence), {area}, {cg} the main
# caregiver's given name, {cgrel} how they are related ("mother"), {cgpron} {cgposs} their
# pronouns, {kids} "the children" (or the only child's name), {sib} a sibling's name,
# {hh} household size, {days} a small number written out.
#
# A template may start with tags saying what it needs: [3+] / [5+] a child of at least that
# age, [<5] a child under five, [school] / [out] a child of school age in / out of school,
# [many] more than one
# child (also implied by "children", "sibling", "younger" or {sib} in the text), [later] not
# on a family's first visit. Pools are sorted by these needs once, at import.

_BANDS = ("infant", "early", "enrolled", "out")  # 0-2, 3-4, 5-17 in school, 5-17 out of it
_TAG_BANDS = {
    "[3+]": frozenset({"early", "enrolled", "out"}), "[5+]": frozenset({"enrolled", "out"}),
    "[school]": frozenset({"enrolled"}), "[out]": frozenset({"out"}),
    "[<5]": frozenset({"infant", "early"}),
}
_MANY_MARKS = ("children", "sibling", "younger", "{sib}")
_Key = tuple[bool, str, bool]  # (more than one child, the child's band, not a first visit)


class _Pool:
    """Templates sorted by what they need, so one draw picks one that fits."""

    __slots__ = ("_by",)

    def __init__(self, *templates: str, bands: Sequence[str] = _BANDS) -> None:
        parsed: list[tuple[str, frozenset[str], bool, bool]] = []
        for text in templates:
            allowed = frozenset(_BANDS)
            many = any(m in text for m in _MANY_MARKS)
            later = False
            while text.startswith("["):
                tag, _, text = text.partition("]")
                if tag == "[many":
                    many = True
                elif tag == "[later":
                    later = True
                else:
                    allowed &= _TAG_BANDS[tag + "]"]
            parsed.append((text, allowed, many, later))
        self._by: dict[_Key, tuple[str, ...]] = {}
        for key in product((False, True), _BANDS, (False, True)):
            several, band, not_first = key
            fit = tuple(t for t, allowed, many, later in parsed
                        if band in allowed and (several or not many) and (not_first or not later))
            if not fit and band in bands:
                raise ValueError(f"no template fits {key}: {templates[0]!r}")
            self._by[key] = fit

    def pick(self, r: _Rand, key: _Key) -> str:
        return _one(r, self._by[key])


_OPENERS: dict[tuple[str, bool], _Pool] = {}
for _vt, _anyway, _with_child in (
    ("home", (
        "Announced home visit.",
        "Unannounced home visit in the afternoon.",
        "Home visit as planned; {cg} was at home.",
        "Home visit. {cg} welcomed the caseworker and the visit lasted about an hour.",
        "Visited the family at home in {area}.",
        "Second attempt at a home visit; this time {cg} was at home.",
    ), (
        "[school]Home visit in the early evening so that {kids} would be back from school.",
        "Home visit; {cg} was at home with {kids}.",
    )),
    ("school", (
        "Visited {school} at the request of the school counsellor.",
        "School visit; the head teacher and {c}'s class teacher were present.",
    ), (
        "Visit to {school} to see {c} and speak with the class teacher.",
        "Met {c} at {school} during the lunch break.",
    )),
    ("office", (
        "Office appointment with {cg}.",
        "{cg} came to the office without an appointment, asking for help.",
        "[later]{cg} attended the office for a planned follow-up appointment.",
    ), (
        "{cg} came to the office with {c}.",
    )),
    ("phone", (
        "Phone call with {cg}.",
        "{cg} called the caseworker.",
        "Follow-up phone call to {cg}.",
        "Phone call with {cg}; the line was poor and the call was kept short.",
    ), (
        "[5+]Phone call with {cg}; {c} also came to the phone.",
        "[<5]Phone call with {cg}; {c} could be heard playing in the background.",
    )),
    ("other", (
        "Joint visit with the community health worker.",
        "Met {cg} at the community centre in {area}.",
    ), (
        "Met {cg} and {c} at {clinic}.",
        "Accompanied {cg} and {c} to an appointment at {clinic}.",
        "Met the family at the community centre in {area}.",
    )),
):
    _bands = ("enrolled",) if _vt == "school" else _BANDS
    _OPENERS[(_vt, False)] = _Pool(*_anyway, bands=_bands)
    _OPENERS[(_vt, True)] = _Pool(*_anyway, *_with_child, bands=_bands)

_HOUSING = _Pool(
    "The family lives in a single rented room; {c} and the other children share one "
    "mattress.",
    "The family lives in a single rented room with one mattress.",
    "The house was clean and tidy, with food visible in the kitchen.",
    "The roof leaks during heavy rain and the landlord has not carried out repairs.",
    "The family has received an eviction notice for unpaid rent and may lose the house at "
    "the end of the month.",
    "[later]Housing conditions have improved since the last visit: the family moved to two rooms "
    "closer to the market.",
    "There is no running water at the home; the family fetches water from a communal tap.",
    "Cooking is done on an open fire inside the room, which is a burn risk for the younger "
    "children.",
    "The home was overcrowded, with {hh} people sharing two small rooms.",
    "Sleeping arrangements are adequate; each child has a bed or a mattress.",
    "The electricity was disconnected two weeks ago because of unpaid bills.",
    "The home was cold and damp, with mould on the bedroom walls.",
    "Medicines and cleaning products were stored within reach of {c}; this was discussed "
    "with {cg}.",
    "The shelter is in poor condition and the family is on the waiting list for a "
    "transitional shelter.",
    "[school]The flat was cluttered but safe, and {cg} has made a corner for {c} to do "
    "homework.",
    "There was little food in the house and {cg} said the family eats once a day at the "
    "end of the month.",
    "The landlord has threatened to evict the family if the children make noise.",
)
# What a visit notes about the child's schooling or early years, by the child's band.
_SCHOOLING: dict[str, _Pool] = {
    "enrolled": _Pool(
        "{c} is enrolled at {school} but has missed {days} days this month.",
        "[later]{c}'s teacher reports that attendance has improved and {pron} is taking part in "
        "class.",
        "{c} told the caseworker that {pron} enjoys school, especially reading and football.",
        "The school reports that {c} often arrives hungry and falls asleep in class.",
        "{c} was excluded from school for three days after a fight with another pupil.",
        "The head teacher at {school} has agreed to a meeting about {c}'s learning support "
        "needs.",
        "{c}'s exercise books show regular homework and good marks in mathematics.",
        "{c} has been moved to a class with a teaching assistant and is making progress "
        "with reading.",
        "{c} says other pupils tease {obj} because {poss} uniform is old and torn.",
        "The school counsellor has started weekly sessions with {c}.",
        "[later]{c}'s attendance at {school} has been full since the last visit.",
        "{c} is worried about the end-of-year exams and has no quiet place to study at home.",
        bands=("enrolled",)),
    "out": _Pool(
        "{c} has not attended school since the start of term; {cg} says the family cannot "
        "afford the uniform and exam fees.",
        "{c} is out of school and helps at the market stall during school hours.",
        "{c} dropped out of {school} last year and would like to go back.",
        "{c} has no birth certificate, which the school asks for before enrolment.",
        "{c} stays at home to look after the younger children while {cg} works.",
        "{cg} was advised about the fee waiver at {school} so that {c} can be re-enrolled.",
        "{c} has been offered a place in the catch-up education class in {area}.",
        bands=("out",)),
    "early": _Pool(
        "{c} attends the community nursery three mornings a week.",
        "{c} is talking in short sentences and plays well with others at the nursery.",
        "{c} does not yet attend a nursery; {cg} was given information about the early "
        "childhood centre in {area}.",
        "{c} was clingy and did not want to leave {cg}'s side during the visit.",
        "{c}'s speech seems delayed for {poss} age; a developmental check was suggested.",
        bands=("early",)),
    "infant": _Pool(
        "{c} was feeding well and the clinic card shows steady weight gain.",
        "{c} was sleeping in a cot with a clean mattress.",
        "{c} is crawling and babbling and responded to {poss} name.",
        "{c} had a nappy rash and {cg} was shown how to treat it.",
        "{cg} said that {c} cries for long periods at night and {cgpron} feels exhausted.",
        bands=("infant",)),
}
_HEALTH = _Pool(
    "{c} appeared well nourished and was dressed appropriately for the weather.",
    "{c} has a persistent cough; {cg} was advised to take {obj} to {clinic}.",
    "{c}'s immunisation card shows that two vaccinations are overdue.",
    "{c} looked thin and the health card shows weight loss since the last clinic visit.",
    "{c} is taking medication for epilepsy and {cg} keeps a record of the doses.",
    "{sib} has a skin rash that has not been treated.",
    "{c} was seen at {clinic} for malaria last month and has recovered.",
    "{c} has a hearing impairment and has not yet had a specialist assessment.",
    "[3+]{cg} reports that {c} has nightmares and has started wetting the bed again.",
    "{c}'s growth is on track according to the clinic card.",
    "[3+]{c} complained of toothache; an appointment has been made at {clinic}.",
    "{cg} has diabetes and ran out of medication last week.",
    "{c} has asthma and the inhaler at home was empty.",
    "All the children were clean and appeared healthy.",
)
_CAREGIVER = _Pool(
    "{cg} engaged well and was open about the difficulties the family is facing.",
    "{cg} appeared tired and low in mood and said {cgpron} is struggling to cope.",
    "{cg} had been drinking at the time of the visit; the visit was kept short and "
    "rescheduled.",
    "{cg} has started casual work and leaves {kids} with a neighbour during the day.",
    "[later]{cg} is attending the parenting group on Thursdays and described using praise instead "
    "of shouting.",
    "{cg} has lost {cgposs} job and the family relies on support from relatives.",
    "[school]{cg} was defensive when asked about the bruise reported by the school.",
    "{cg} was warm with {kids} and responded quickly when {sib} cried.",
    "{cg} is worried about debts and about the family's residence papers.",
    "[later]{cg} has been attending counselling and reports feeling more hopeful.",
    "[later]{cg} has missed the last two appointments at the family support centre.",
    "{cg} understands the concerns and agreed to the next steps.",
    "{cg} said the family has no relatives nearby who can help with childcare.",
    "{cg} was angry about the involvement of child protection services and asked for the "
    "case to be closed.",
)
_MOTHER_TEXT = _Pool(  # only when the main caregiver is the mother
    "{cg} disclosed that {cgpron} has experienced violence from {cgposs} partner.",
    "{cg} says {cgposs} former partner sends no money for {kids}.",
    "{cg} says {cgpron} has had no one to talk to since moving to {area}.",
)
# The child as seen on the visit: talk for the older ones, behaviour for the young.
_CHILD = _Pool(
    "[5+]{c} was seen alone and said {pron} feels safe at home.",
    "[5+]{c} was quiet and avoided eye contact during the visit.",
    "[5+]{c} spoke about missing {poss} grandparents, who stayed behind when the family "
    "moved.",
    "[3+]{c} was playing with {poss} siblings and appeared relaxed and happy.",
    "[5+]{c} said that {pron} is sometimes left to look after the younger children overnight.",
    "[school]{c} showed the caseworker drawings from school and talked about friends.",
    "[3+]{c} has a bruise on {poss} upper arm; {pron} said it happened in a fall while "
    "playing.",
    "[5+]{c} asked whether the caseworker would come back next week.",
    "[5+]{c} said {pron} does not like being at home when the adults are drinking.",
    "[5+]{c} was cheerful and talked about a football match at the weekend.",
    "[3+]{c} seemed anxious and kept looking at {cg} before answering questions.",
    "[5+]{c} said {pron} is hungry most evenings.",
    "[<5]{c} was alert and smiled at the caseworker.",
    "[<5]{c} was clean and dressed appropriately for the weather.",
    "[<5]{c} cried for much of the visit and {cg} struggled to settle {obj}.",
    "[<5]{c} sat on {cg}'s lap throughout the visit.",
    "[<5]{c} was asleep during the visit; {cg} said {pron} sleeps well at night.",
    "[<5]{c} flinched when {cg} raised {cgposs} voice.",
    "[3+]{c} was playing with a ball and chatting to {cg}.",
)
# About the case's main child and main concern.
_CONCERN_TEXT: dict[str, _Pool] = {
    "neglect": _Pool(
        "The children were alone at home when the caseworker arrived; {cg} returned after "
        "forty minutes.",
        "{c} was alone at home when the caseworker arrived; {cg} returned after forty "
        "minutes.",
        "{c}'s clothes were dirty and too small, and {pron} had no shoes.",
        "There was no food in the house and {kids} had not eaten since the morning.",
    ),
    "physical_abuse": _Pool(
        "{c} has marks on {poss} legs consistent with being hit with a stick.",
        "[5+]{cg} admitted to hitting {c} with a belt when {pron} comes home late.",
        "Neighbours report hearing shouting and a child crying most evenings.",
    ),
    "sexual_abuse": _Pool(
        "{c} is attending therapy sessions following the disclosure of sexual abuse.",
        "The alleged perpetrator is no longer living in the household according to {cg}.",
        "[3+]{c} does not want to be left alone with adult men and becomes distressed.",
    ),
    "emotional_abuse": _Pool(
        "[3+]{cg} repeatedly called {c} lazy and stupid in front of the caseworker.",
        "{c} is blamed for the family's problems and is often shouted at.",
    ),
    "exploitation": _Pool(
        "{c} mentioned an older man who gives {obj} phone credit and asks to meet after "
        "school.",
        "{c} has new clothes and a phone that the family cannot explain.",
        bands=("enrolled", "out"),
    ),
    "child_labour": _Pool(
        "{c} works in the evenings carrying goods at the market to earn money for the "
        "family.",
        "{c} works at a car wash on weekdays and earns a few coins a day.",
        bands=("enrolled", "out"),
    ),
    "family_separation": _Pool(
        "{c} has not seen {poss} parents since the family was separated while travelling.",
        "[3+]Family tracing is ongoing and {c} asks about {poss} mother at every visit.",
    ),
    "trafficking": _Pool(
        "{c} was brought to the city by an agent who promised work and school.",
        "{c} no longer has {poss} identity documents; they were kept by the agent.",
        bands=("enrolled", "out"),
    ),
    "domestic_violence": _Pool(
        "{cg} has a cut above the eye and said there was a fight at home at the weekend.",
        "The children regularly witness arguments and violence between the adults.",
        "{c} regularly witnesses arguments and violence between the adults.",
    ),
    "child_marriage": _Pool(
        "{c} told the caseworker that a marriage is being arranged for {obj} next year.",
        "{cg} says that marrying {c} would reduce the family's costs.",
        bands=("enrolled", "out"),
    ),
    "other": _Pool(
        "[5+]{c} has been missing from home overnight twice this month.",
        "The family is at risk of deportation and {cg} is frightened.",
    ),
}
_SAFETY = _Pool(
    "A safety plan was agreed: {c} will stay with a relative if the situation at home "
    "escalates.",
    "The concern was discussed with the supervisor on the same day.",
    "The police child protection unit was informed.",
    "Fresh injuries were seen and {c} was taken to {clinic} for examination.",
    "The caseworker checked that {cg} has the emergency contact numbers.",
    "The caseworker stayed until a trusted adult arrived to look after {kids}.",
)
_CLOSING = _Pool(
    "Next visit agreed for next week.",
    "The caseworker will call {cg} before the next visit.",
    "The family was reminded of the emergency contact number.",
    "{cg} agreed to the actions discussed.",
    "[later]The agreed actions were reviewed with {cg}.",
    "[later]Progress is slow but steady.",
    "Consent and the next steps were explained to {cg}.",
)
_FOLLOW_UPS = _Pool(
    "[school]Check attendance with {school}", "Accompany {cg} to {clinic}",
    "Deliver food voucher to the family", "Call {cg} on Friday",
    "Discuss the case with the supervisor", "Chase the birth certificate application",
    "Confirm the referral was received", "Visit again within a week",
    "Ask the landlord about the repairs", "Arrange a joint visit with the health worker",
    "[school]Meet the class teacher about {c}",
    "Check that {c} attended the clinic appointment",
)
_SOURCES = _Pool(
    "[school]The class teacher at {school}", "A nurse at {clinic}", "A neighbour",
    "The police child protection unit", "A community volunteer in {area}",
    "{cg} (self-referral)", "The hospital social worker", "An outreach worker",
    "The child helpline, after an anonymous call,", "[school]The school counsellor",
)
_CONCERN_PHRASE = {
    "neglect": "neglect of {kids_poss} basic needs",
    "physical_abuse": "physical abuse of {c}",
    "sexual_abuse": "sexual abuse of {c}",
    "emotional_abuse": "emotional abuse of {c}",
    "exploitation": "the exploitation of {c}",
    "child_labour": "{c} being made to work to support the family",
    "family_separation": "{c} being separated from {poss} parents",
    "trafficking": "{c} having been trafficked",
    "domestic_violence": "violence between the adults in the home",
    "child_marriage": "a planned marriage of {c}",
    "other": "the family's unstable situation",
}
_BACKGROUND = (
    "The family was displaced by conflict and arrived in {area} two years ago.",
    "The family has lived in {area} for many years and is well known to neighbours.",
    "The family's income has fallen sharply since the main earner lost work last year.",
    "The family moved to {area} recently to look for work.",
    "The household depends on {cg}'s irregular income from casual work.",
    "The family has been referred before, three years ago, for similar concerns.",
    "There are no extended family members nearby to offer support.",
)
_BACKGROUND_SETTLED = tuple(b for b in _BACKGROUND if "displaced" not in b)
_RISK_REASON = {
    "low": "Initial risk is low: {cg} is cooperative and there is no immediate danger to "
           "{kids}.",
    "medium": "Initial risk is medium: the concerns are ongoing but {cg} is willing to work "
              "with services.",
    "high": "Initial risk is high: there is evidence of harm and protective factors are "
            "limited.",
    "critical": "Initial risk is critical: {c} is in immediate danger and needs protection "
                "today.",
}
# Goals as "goal|actions|responsible", by concern; about the case's main child.
_GOALS: dict[str, _Pool] = {
    "neglect": _Pool(
        "[5+]{c} attends school regularly|Caseworker to meet the head teacher about a fee "
        "waiver.\n{cg} to make sure {c} leaves for school on time every day.\nSchool to share "
        "a weekly attendance record.|Caseworker, {cg} and {school}",
        "[many]The children have enough food every day|Refer the family for food "
        "assistance.\nCaseworker to help {cg} apply for the child benefit.\nCheck the food at "
        "home at each visit.|Caseworker and {cg}",
        "{c} has enough to eat every day|Refer the family for food assistance.\nCaseworker "
        "to help {cg} apply for the child benefit.|Caseworker and {cg}",
        "The home is clean and safe for {kids}|Agree a weekly cleaning routine with {cg}.\n"
        "Store medicines out of reach.\nCaseworker to check at each home visit.|{cg} ({cgrel})",
        "{c}'s immunisations are up to date|{cg} to take {c} to {clinic} for the missing "
        "vaccinations.\nCaseworker to check the immunisation card.|{cg} and {clinic}",
        "{c} is supervised by an adult at all times|{cg} to arrange care with a trusted "
        "neighbour on working days.\nCaseworker to look into a place at the day-care "
        "centre.|{cg} ({cgrel})",
    ),
    "physical_abuse": _Pool(
        "{cg} uses non-violent discipline|{cg} to attend the eight-week parenting course.\n"
        "Caseworker to discuss alternatives to physical punishment at each visit.|{cg} and "
        "the parenting course facilitator",
        "[3+]{c} feels safe at home|Caseworker to see {c} alone at every visit.\nAgree a "
        "safety plan with {c} and a trusted adult.|Caseworker",
    ),
    "sexual_abuse": _Pool(
        "{c} receives medical care and counselling|Referral to the specialist counselling "
        "service.\n{cg} to accompany {c} to all appointments.|Caseworker and {cg}",
        "{c} has no contact with the alleged perpetrator|{cg} to keep the alleged "
        "perpetrator away from the home.\nCaseworker to liaise with the police about the "
        "investigation.|{cg} and caseworker",
    ),
    "emotional_abuse": _Pool(
        "{c} receives psychosocial support|Referral to the child counselling service.\n{cg} "
        "to spend time playing with {c} every day.|Caseworker",
        "{cg} praises and encourages {c}|{cg} to attend the parenting group.\nCaseworker to "
        "model positive communication during visits.|{cg} ({cgrel})",
    ),
    "exploitation": _Pool(
        "{c} is protected from exploitation|Caseworker to talk with {c} about safe "
        "relationships.\nInform the police about the adult involved.\n{cg} to know where {c} "
        "is after school.|Caseworker and {cg}",
        bands=("enrolled", "out"),
    ),
    "child_labour": _Pool(
        "[school]{c} stops working and attends school every day|School to report absences to "
        "the caseworker.\nRefer the family for cash assistance to replace {c}'s income.|"
        "Caseworker and {school}",
        "[out]{c} stops working and returns to school|Re-enrol {c} at {school}.\nRefer the family "
        "for cash assistance to replace {c}'s income.\nSchool to report absences to the "
        "caseworker.|Caseworker and {school}",
        "The family has an alternative source of income|Refer {cg} to the livelihoods "
        "programme.\nHelp {cg} open a savings group account.|Caseworker and {cg}",
        bands=("enrolled", "out"),
    ),
    "family_separation": _Pool(
        "Family tracing is completed for {c}|Register {c} with the family tracing service.\n"
        "Caseworker to follow up every two weeks.|Caseworker",
        "{c} lives in a stable and safe placement|Assess the current carer.\nArrange support "
        "for the carer.\nReview the placement monthly.|Caseworker and supervisor",
    ),
    "trafficking": _Pool(
        "{c} is safe and has identity documents|Apply for replacement documents.\nRefer for "
        "legal assistance.\nAgree a safety plan with {c}.|Caseworker and legal aid",
        bands=("enrolled", "out"),
    ),
    "domestic_violence": _Pool(
        "{cg} and {kids} are safe from violence at home|Agree a safety plan with {cg}.\n"
        "Refer {cg} to the domestic violence service.\nCaseworker to see {kids} alone at "
        "each visit.|Caseworker and {cg}",
    ),
    "child_marriage": _Pool(
        "{c}'s planned marriage is stopped and {pron} stays in school|Meet the family with a "
        "community leader.\nInform the family of the law on child marriage.\nSchool to "
        "monitor {c}'s attendance.|Caseworker and {school}",
        bands=("enrolled", "out"),
    ),
    "other": _Pool(
        "The family has stable housing|Refer the family to the housing support service.\n"
        "Help {cg} negotiate with the landlord.|Caseworker and {cg}",
        "{cg} has a regular income|Refer {cg} to the livelihoods programme.\nHelp {cg} "
        "apply for benefits.|{cg} ({cgrel})",
    ),
}
_GENERIC_GOALS = _Pool(
    "[many]All the children have birth certificates|Caseworker to help {cg} gather the "
    "documents.\n{cg} to apply at the civil registry.|{cg} ({cgrel})",
    "{c} has a birth certificate|Caseworker to help {cg} gather the documents.\n{cg} to "
    "apply at the civil registry.|{cg} ({cgrel})",
    "{cg} has support from family and friends|Identify relatives and neighbours who can "
    "help.\nHold a family meeting.|Caseworker and {cg}",
)
_PLAN_SUMMARY = _Pool(
    "[5+]The plan focuses on {focus}. {cg} agreed to the plan and the goals were explained "
    "to {c} in a way {pron} could understand.",
    "Plan agreed with {cg} at a family meeting. Priorities: {focus}.",
    "The plan addresses {focus}. Services will be coordinated by the caseworker and "
    "progress reviewed at each visit.",
)
_SERVICES: dict[str, _Weighted[str]] = {
    "neglect": _Weighted([("food", 3), ("cash_assistance", 3), ("family_support", 3),
                          ("health", 2), ("education", 2)]),
    "physical_abuse": _Weighted([("family_support", 4), ("health", 2),
                                 ("mental_health", 2), ("legal", 1)]),
    "sexual_abuse": _Weighted([("health", 3), ("mental_health", 4), ("legal", 2),
                               ("shelter", 1)]),
    "emotional_abuse": _Weighted([("mental_health", 4), ("family_support", 3)]),
    "exploitation": _Weighted([("mental_health", 2), ("legal", 2), ("education", 2),
                               ("family_support", 1)]),
    "child_labour": _Weighted([("education", 4), ("cash_assistance", 3), ("other", 1)]),
    "family_separation": _Weighted([("family_support", 3), ("legal", 2), ("shelter", 2),
                                    ("other", 2)]),
    "trafficking": _Weighted([("legal", 3), ("shelter", 3), ("mental_health", 2),
                              ("health", 1)]),
    "domestic_violence": _Weighted([("shelter", 2), ("legal", 2), ("mental_health", 2),
                                    ("family_support", 2), ("substance_use", 1)]),
    "child_marriage": _Weighted([("education", 3), ("legal", 2), ("family_support", 2)]),
    "other": _Weighted([("shelter", 2), ("cash_assistance", 2), ("legal", 1),
                        ("disability", 1), ("other", 2)]),
}
# Referral reasons by service type; about the case's main child.
_REASONS: dict[str, _Pool] = {
    "health": _Pool(
        "{c} needs a medical examination and treatment; {cg} has not been able to take {obj} "
        "to a clinic.",
        "{c} has lost weight and needs a nutrition assessment.",
        "{c}'s vaccinations are overdue and the family needs help to reach {clinic}.",
    ),
    "mental_health": _Pool(
        "[3+]{c} shows signs of trauma (nightmares, withdrawal, bed-wetting) and needs "
        "counselling.",
        "[5+]{c} is very anxious and has talked about hurting {obj}self; specialist "
        "assessment requested.",
        "{cg} is depressed and would benefit from counselling to be able to care for {kids}.",
    ),
    "education": _Pool(
        "[out]{c} has been out of school for several months; support with re-enrolment, "
        "uniform and school materials requested.",
        "[school]{c} is struggling to read and needs a learning support assessment.",
        "[school]{c} needs school materials and a uniform to keep attending.",
        "[out]{c} needs a place in the catch-up education programme.",
        "[<5]{c} needs a place at the early childhood centre so that {cg} can work.",
    ),
    "legal": _Pool(
        "The family needs legal advice on birth registration for {kids}.",
        "{cg} needs legal advice on custody and a protection order.",
        "[5+]The family needs help with residence papers; without them {c} cannot enrol in "
        "school.",
    ),
    "shelter": _Pool(
        "The family faces eviction at the end of the month and has nowhere to go.",
        "{cg} and {kids} need emergency safe accommodation.",
        "The family's shelter is unsafe after the storm and needs repair.",
    ),
    "food": _Pool(
        "The family has run out of food and is eating only once a day.",
        "{cg} lost {cgposs} job and cannot afford food until the next payment.",
    ),
    "cash_assistance": _Pool(
        "[5+]The family's only income is irregular casual work; cash assistance would allow "
        "{c} to stop working.",
        "Cash assistance requested to cover rent arrears and basic needs.",
    ),
    "family_support": _Pool(
        "[3+]{cg} needs parenting support to manage {c}'s behaviour without physical "
        "punishment.",
        "The family would benefit from the family support programme (home visits and "
        "parenting group).",
        "{cg} is caring for a household of {hh} alone and needs practical support at home.",
    ),
    "disability": _Pool(
        "{c} needs an assessment for a hearing aid.",
        "{c} has a physical disability and needs a wheelchair and physiotherapy.",
    ),
    "substance_use": _Pool(
        "{cg} drinks heavily and has agreed to seek treatment.",
        "An adult in the household uses drugs; the family needs support and advice.",
    ),
    "other": _Pool(
        "Family tracing requested for {c}.",
        "[5+]Recreational and peer-support activities for {c}.",
    ),
}
_OVERRIDES = (
    "{c} is at immediate risk and {cg} could not be reached; the supervisor agreed to "
    "refer without consent.",
    "The caregiver is the alleged perpetrator; referral made in {c}'s best interests with "
    "the supervisor's agreement.",
    "Emergency medical care needed; consent will be sought as soon as possible.",
)
_RESPONSES: dict[str, tuple[str, ...]] = {
    "accepted": (
        "Accepted; first appointment booked for next week.",
        "Accepted. The family has been assigned a key worker.",
        "Accepted; {c} has been placed on the programme starting next month.",
    ),
    "declined": (
        "Declined: the service is at full capacity; the family has been put on the waiting "
        "list.",
        "Declined: the family lives outside our catchment area.",
        "Declined: {c} does not meet the eligibility criteria.",
    ),
    "completed": (
        "Service completed: the family attended most of the sessions and reports "
        "improvement.",
        "Completed. Support provided as planned; no further needs identified.",
        "Completed: the family received the assistance.",
    ),
}
# Case notes; about any child of the family.
_NOTES = _Pool(
    "[school]Phone call from {school}: {c} was absent again today. Will raise it at the next "
    "visit.",
    "Supervision: case discussed; agreed to increase visit frequency until the situation is "
    "stable.",
    "{cg} called to say the family's rent has gone up and they may have to move.",
    "Birth certificate application submitted for {c} at the civil registry.",
    "Food voucher delivered to the family.",
    "Case discussed at the multi-agency meeting with the school and the health centre. "
    "Actions agreed.",
    "{Clinic} confirmed that {c} attended the appointment.",
    "Message left for {cg}; no answer. Will try again tomorrow.",
    "Supervisor agreed to a joint home visit next week.",
    "Neighbour called with concerns about shouting at the home last night. To be discussed "
    "with {cg}.",
    "{cg} brought documents to the office for the benefit application.",
    "[school]Received the school report for {c}: attendance 78%, concerns about "
    "concentration.",
    "Transport money given to {cg} for the hospital appointment.",
    "[school]{c} called the caseworker to say {pron} is doing well at school.",
)
_CLOSURE_REASONS = (
    "The goals of the case plan have been achieved; the family is stable and linked to "
    "community support.",
    "The family has moved out of the area; the case has been transferred to the local "
    "office there.",
    "Services are in place and there have been no new concerns about {kids} for three "
    "months.",
    "The family no longer wishes to work with the service and there are no grounds for "
    "statutory intervention.",
)
_NUMBERS = ("two", "three", "four", "five", "six", "seven", "eight", "ten")

# Topic combinations per visit type and whether the child was seen, fixed up front so a
# visit picks one in a single draw.
_TOPICS: dict[tuple[str, bool], tuple[tuple[str, ...], ...]] = {}
for _vt, _topics in (
    ("home", ("housing", "caregiver", "child", "health", "schooling")),
    ("school", ("schooling", "child", "health")),
    ("office", ("caregiver", "child", "health")),
    ("phone", ("caregiver", "health", "schooling")),
    ("other", ("caregiver", "child", "health")),
):
    for _seen in (True, False):
        _pool = _topics if _seen else tuple(t for t in _topics if t != "child")
        _TOPICS[(_vt, _seen)] = tuple(
            combo for k in (2, 3) for combo in combinations(_pool, k)
        )

_CHILD_SEEN = {"home": 0.85, "school": 0.95, "office": 0.5, "phone": 0.1, "other": 0.6}


# --------------------------------------------------------------------------- dates

def _years_before(d: date, years: int) -> date:
    try:
        return d.replace(year=d.year - years)
    except ValueError:  # 29 February in a year without one
        return d.replace(year=d.year - years, day=28)


@lru_cache(maxsize=64)
def _bounds(today: date) -> tuple[int, int, int]:
    """Ordinals: earliest birth of a child under 18, earliest and latest of an adult 18-70."""
    child_lo = _years_before(today, 18).toordinal() + 1
    adult_lo = _years_before(today, 71).toordinal() + 1
    adult_hi = _years_before(today, 18).toordinal()
    return child_lo, adult_lo, adult_hi


def _age(dob: int, today: date) -> int:
    d = date.fromordinal(dob)
    return today.year - d.year - ((today.month, today.day) < (d.month, d.day))


def _iso(ordinal: int) -> str:
    return date.fromordinal(ordinal).isoformat()


_YEAR = 365.2425


# --------------------------------------------------------------------------- generation


def _surname(r: _Rand, g: _Group, exclude: tuple[str, str]) -> tuple[str, str]:
    s = _one(r, g.surnames)
    if s == exclude:
        s = _one(r, g.surnames)
    return s


def _given(r: _Rand, names: tuple[str, ...], used: set[str]) -> str:
    """A given name no one else in the household has (pools are larger than households)."""
    i = int(r() * len(names))
    while names[i] in used:
        i = (i + 1) % len(names)
    used.add(names[i])
    return names[i]


def _band_at(born: int, day: int, band_today: str) -> str:
    """The child's band on a past `day`, knowing it today."""
    days = day - born
    if days < 1096:  # three years
        return "infant"
    if days < 1826:  # five years
        return "early"
    return band_today


def decision_day(requested: date) -> date:
    """The day the demo supervisor decides a plan or closure request made on `requested`:
    two to six days later, the same for every seeding. A request whose day is still to come
    is waiting for him."""
    return requested + timedelta(days=2 + requested.toordinal() % 5)


def _between(r: _Rand, lo: int, hi: int) -> int:
    return lo + int(r() * (hi - lo + 1))


def _waiting_day(r: _Rand, t: int, earliest: int) -> int:
    """A request day in the last week, not before `earliest`, whose decision is still to
    come today (the day before today always is, or today itself)."""
    day = max(earliest, t - int(r() * 7))
    while decision_day(date.fromordinal(day)).toordinal() <= t:
        day += 1
    return min(day, t)


def generate_case(rng: random.Random, today: date) -> SyntheticCase:
    """One family's case, consistent in itself and with `today`."""
    r = rng.random
    t = today.toordinal()
    child_lo, adult_lo, adult_hi = _bounds(today)

    stage = _STAGES.pick(r)
    risk = _RISKS.pick(r)
    n_visits = _VISIT_COUNT[stage].pick(r)
    # Whether a task of this case is overdue today, and by how much (product of two draws:
    # mostly a few days, now and then a few weeks).
    overdue = stage not in _ENDING_STAGES and r() < _OVERDUE_SHARE
    late = 1 + int(r() * r() * MAX_OVERDUE_DAYS)
    end = t  # the last day of casework: today, or the day closure was requested
    if stage == "closed":
        end = t - _between(r, *_CLOSED_AGO)
        opened = end - _between(r, *_CLOSED_AFTER)
    elif n_visits == 0:  # never visited: the first-visit task is due, or overdue
        fv = _FIRST_VISIT_DAYS[risk]
        opened = t - fv - min(late, _MAX_FIRST_VISIT_LATE) if overdue else t - int(r() * (fv + 1))
    else:
        opened = t - _between(r, *_OPENED_AGO[stage])
    if stage == "closing":
        end = _waiting_day(r, t, opened)

    concerns: list[str] = []
    for _ in range(_CONCERN_COUNT.pick(r)):
        c = _CONCERNS[risk].pick(r)
        if c not in concerns:
            concerns.append(c)
    main_concern = concerns[0]
    min_age = max([_MIN_AGE.get(c, 0) for c in concerns])

    # Children, eldest first and spaced like siblings: all born before the case was opened
    # and under 18 today; the eldest old enough for the concerns that need an older child.
    n_children = _CHILD_COUNT.pick(r)
    gaps = [0 if r() < 0.02 else 300 + int(r() * 1500) for _ in range(n_children - 1)]
    eldest_hi = opened - 1 - (int(min_age * _YEAR) + 2 if min_age else 0)
    while gaps and eldest_hi - sum(gaps) < child_lo:
        gaps.pop()
    eldest_hi = min(eldest_hi, opened - 1 - sum(gaps))
    born = child_lo + int(r() * (eldest_hi - child_lo + 1))
    child_dobs = [born]
    for gap in gaps:
        born += gap
        child_dobs.append(born)
    eldest = child_dobs[0]

    # Names: one group per family; family names follow the group's custom.
    g = _GROUPS.pick(r)
    line = _one(r, g.surnames)  # the household's family name (the father's line)
    mother_line = _surname(r, g, line) if g.double_surname else line
    if g.double_surname:
        joined = f"{line[0]} {mother_line[0]}"
        child_surname = (joined, joined)
    else:
        child_surname = line
    used: set[str] = set()
    area, area_kind = _AREAS.pick(r)
    primary_school = _one(r, _PRIMARY_SCHOOLS)
    secondary_school = _one(r, _SECONDARY_SCHOOLS)
    clinic = f"{area} Health Centre" if r() < 0.7 else _one(r, _CLINICS)

    persons: list[SyntheticPerson] = []
    first_born = 0  # the first adult's birth, for a partner's age
    adults: list[tuple[str, str]] = []  # (given name, relationship in lower case)
    households = _KIN_HOUSEHOLDS if "family_separation" in concerns else _HOUSEHOLDS
    for role, rel, sex, rule, age_rule, a, b in households.pick(r):
        if rule == "line":
            fam = line
        elif rule == "mother":
            if g.double_surname:
                fam = mother_line if rel == "Mother" else _surname(r, g, line)
            else:
                fam = _surname(r, g, line) if r() < g.keeps_name else line
        elif rule == "kin":
            fam = line if r() < 0.5 else _surname(r, g, line)
        else:
            fam = _surname(r, g, line)
        if age_rule == "gap":  # years older than the eldest child
            d_lo = max(adult_lo, eldest - int((b + 1) * _YEAR) + 1)
            d_hi = min(adult_hi, eldest - int(a * _YEAR))
        elif age_rule == "partner":  # near the first adult's age, the man a little older
            older, younger = (b, 3) if sex == "male" else (3, b)
            d_lo = max(adult_lo, first_born - int(older * _YEAR))
            d_hi = min(adult_hi, eldest - int(a * _YEAR), first_born + int(younger * _YEAR))
        elif age_rule == "elder":
            d_lo = max(adult_lo, first_born - int((b + 1) * _YEAR) + 1)
            d_hi = min(adult_hi, first_born - int(a * _YEAR))
        else:  # age today
            d_lo = max(adult_lo, t - int((b + 1) * _YEAR) + 1)
            d_hi = min(adult_hi, t - int(a * _YEAR))
        d_lo = min(d_lo, d_hi)
        born = min(max(d_lo + int(r() * (d_hi - d_lo + 1)), adult_lo), adult_hi)
        if not persons:
            first_born = born
        female = sex == "female"
        given = _given(r, g.female if female else g.male, used)
        p: dict[str, Any] = {
            "given_name": given, "family_name": fam[1] if female else fam[0],
            "role": role, "sex": sex, "relationship": rel,
        }
        if r() < 0.6:
            p["date_of_birth"] = _iso(born)
        else:
            p["estimated_age"] = _age(born, today)
        if r() < 0.03:
            p["disability"] = True
        persons.append(SyntheticPerson(p))
        adults.append((given, rel.lower()))

    first_child = len(persons)
    many = len(child_dobs) > 1
    out_chance = 0.5 if main_concern in ("child_labour", "child_marriage") else 0.1
    kids: list[tuple[str, str, bool, int]] = []  # (given name, band, female, age)
    for i, born in enumerate(child_dobs):
        female = r() < 0.5 or (i == 0 and "child_marriage" in concerns)
        given = _given(r, g.female if female else g.male, used)
        age = _age(born, today)
        p = {"given_name": given, "family_name": child_surname[1] if female else child_surname[0],
             "role": "child", "sex": "female" if female else "male"}
        if r() < 0.88:
            p["date_of_birth"] = _iso(born)
        else:
            p["estimated_age"] = age
        if age < 3:
            band = "infant"
        elif age < 5:
            band = "early"
        elif r() < (out_chance if i == 0 else 0.08):
            band = "out"
        else:
            band = "enrolled"
            p["school"] = primary_school if age < 12 else secondary_school
        if r() < 0.06:
            p["disability"] = True
        persons.append(SyntheticPerson(p))
        kids.append((given, band, female, age))

    # Substitutions for the texts, one set per child.
    cg, cg_rel = adults[0]
    cg_female = persons[0].fields["sex"] == "female"
    base = {
        "cg": cg, "cgrel": cg_rel, "cgpron": "she" if cg_female else "he",
        "cgposs": "her" if cg_female else "his", "clinic": clinic,
        "Clinic": clinic[0].upper() + clinic[1:], "area": area,
        "hh": str(len(persons)), "days": _one(r, _NUMBERS),
        "kids": "the children" if many else kids[0][0],
        "kids_poss": "the children's" if many else f"{kids[0][0]}'s",
    }
    subs: list[dict[str, str]] = []
    keys: list[_Key] = []
    for i, (given, band, female, age) in enumerate(kids):
        s = dict(base)
        s["c"] = given
        s["sib"] = kids[i - 1][0]  # another child (only used when there are several)
        s["school"] = primary_school if age < 12 else secondary_school
        s["pron"], s["Pron"], s["obj"], s["poss"] = _PRONOUNS[female]
        subs.append(s)
        keys.append((many, band, True))
    # The child the case is mostly about: the eldest for concerns of older children.
    idx = 0 if min_age else int(r() * len(kids))
    main, main_key = subs[idx], keys[idx]
    main_band_then = _band_at(child_dobs[idx], opened, main_key[1])

    family = {
        "name": child_surname[0], "address": _address(r, area, area_kind),
        "area": area, "language": _one(r, g.languages),
    }
    if r() < 0.8:
        family["phone"] = _phone(r)

    legal_basis = _LEGAL_BASIS[risk].pick(r)
    phrases = [_CONCERN_PHRASE[c].format_map(main) for c in concerns]
    concern_text = phrases[0] if len(phrases) == 1 else (
        ", ".join(phrases[:-1]) + " and " + phrases[-1])
    grown = [f"{a[0]} ({a[1]})" for a in adults]
    grown_text = grown[0] + " lives" if len(grown) == 1 else (
        ", ".join(grown[:-1]) + " and " + grown[-1] + " live")
    background = _BACKGROUND_SETTLED if g.region == "Western Europe" else _BACKGROUND
    summary = (
        f"{_SOURCES.pick(r, (many, main_band_then, False)).format_map(main)} raised concerns "
        f"about {concern_text}. {grown_text} with "
        f"{f'{len(kids)} children' if many else main['c']} in {area}. "
        f"{_one(r, background).format_map(main)} {_RISK_REASON[risk].format_map(main)}"
    )
    case: dict[str, Any] = {
        "risk": risk, "protection_concerns": concerns, "legal_basis": legal_basis,
        "opened_on": _iso(opened), "summary": summary,
    }
    if legal_basis == "consent":
        first = persons[0].fields
        case["consent_given_by"] = f"{first['given_name']} {first['family_name']} ({cg_rel})"
        case["consent_date"] = case["opened_on"]

    visits = _visits(r, n_visits, risk, opened, end, subs, keys, child_dobs, idx, adults,
                     _CONCERN_TEXT[main_concern])
    days = [date.fromisoformat(v["visit_date"]).toordinal() for v in visits]

    assessed: int | None = None
    if stage != "new":  # screened within a week of the first visit
        assessed = min(end, days[0] + int(r() * 8))

    plan_summary: str | None = None
    plan_review: str | None = None
    planned: int | None = None
    submitted: int | None = None
    goals: list[SyntheticGoal] = []
    if stage in _PLANNED_STAGES:
        assert assessed is not None
        if stage == "planned":  # in draft, or sent in the last days and waiting
            if r() < _DRAFT_PLAN:
                planned = max(assessed, t - int(r() * 14))
            else:
                submitted = planned = _waiting_day(r, t, assessed)
        else:  # written and sent within weeks of the screening, approved since
            planned = max(assessed, min(assessed + _between(r, 7, 35), end - 7))
            submitted = planned
        plan_review = _iso(planned + _REVIEW_DAYS[risk])
        focus = ", ".join(phrases)
        plan_summary = _PLAN_SUMMARY.pick(r, main_key).format_map(dict(main, focus=focus))
        chosen: list[str] = []
        for _ in range(1 + int(r() * 3)):
            gl = _GOALS[_one(r, concerns)].pick(r, main_key)
            if gl not in chosen:
                chosen.append(gl)
        if r() < 0.3:
            gl = _GENERIC_GOALS.pick(r, main_key)
            if gl not in chosen:
                chosen.append(gl)
        for gl in chosen:
            text, actions, responsible = gl.format_map(main).split("|")
            goals.append(SyntheticGoal({
                "goal": text, "actions": actions, "responsible": responsible,
                "due_date": _iso(planned + 30 + int(r() * 150)),
                "status": _goal_status(r, stage),
            }))

    referrals: list[SyntheticReferral] = []
    services: list[str] = []
    for _ in range(_REFERRAL_COUNT[stage].pick(r)):
        service = _SERVICES[_one(r, concerns)].pick(r)
        if service not in services:
            services.append(service)
            ref = _referral(r, stage, risk, service, main, main_key, first_child + idx)
            _date_referral(r, ref, assessed if assessed is not None else opened, end)
            referrals.append(ref)

    notes: list[str] = []
    for _ in range(_NOTE_COUNT[stage].pick(r)):
        i = int(r() * len(kids))
        note = _NOTES.pick(r, keys[i]).format_map(subs[i])
        if note not in notes:
            notes.append(note)
    closure = (_one(r, _CLOSURE_REASONS).format_map(main) if stage in _ENDING_STAGES
               else None)

    # Case reviews: the first is due a review period after the opening (the task the
    # workflow adds at registration); the open one is ahead, or overdue by `late` days.
    review = _REVIEW_DAYS[risk]
    first_review = opened + review
    last_review: int | None = None
    next_review: int | None = first_review
    late_review = False
    if stage in _ENDING_STAGES:  # the closure request was the last review
        last_review, next_review = end, None
    elif n_visits == 0 or first_review >= t:
        pass  # the first review is still ahead (or the case waits for its first visit)
    elif overdue and t - late - review >= opened:
        next_review = t - late
        last_review = next_review - review
        late_review = True
    elif overdue:  # the first review itself is late
        late_review = True
    else:
        next_review = t + int(r() * review)
        last_review = max(opened, next_review - review)

    # Follow-ups of visits: one of an earlier visit done since; the latest visit's open,
    # due in the days ahead (or overdue, when the case is late and not for its review).
    tasks: list[SyntheticTask] = []

    def follow_up(i: int) -> tuple[int, str]:
        text = visits[i].get("follow_up") or _FOLLOW_UPS.pick(r, main_key).format_map(main)
        return days[i], text

    if len(visits) > 1 and r() < _DONE_FOLLOW_UP:
        day, title = follow_up(int(r() * (len(visits) - 1)))
        tasks.append(SyntheticTask(title, _iso(day), _iso(day + 7),
                                   _iso(min(end, day + 1 + int(r() * 7)))))
    if visits and stage not in _ENDING_STAGES:
        if overdue and not late_review:
            day, title = follow_up(-1)
            tasks.append(SyntheticTask(title, _iso(day), _iso(max(day + 1, t - late))))
        elif r() < _OPEN_FOLLOW_UP:
            day, title = follow_up(-1)
            due = t + int(r() * (_FOLLOW_UP_DAYS + 1))
            tasks.append(SyntheticTask(title, _iso(day), _iso(max(day + 1, due))))

    open_due = [date.fromisoformat(task.due_date).toordinal() for task in tasks
                if task.done_on is None]
    if next_review is not None:
        open_due.append(next_review)
    if n_visits == 0:
        open_due.append(opened + _FIRST_VISIT_DAYS[risk])

    return SyntheticCase(
        family=family, persons=persons, case=case, visits=visits,
        plan_summary=plan_summary, plan_review_date=plan_review, goals=goals,
        referrals=referrals, notes=notes, stage=stage, closure_reason=closure,
        assessed_on=_opt_iso(assessed), planned_on=_opt_iso(planned),
        plan_submitted_on=_opt_iso(submitted),
        closure_requested_on=_iso(end) if stage in _ENDING_STAGES else None,
        last_review=_opt_iso(last_review), next_review=_opt_iso(next_review), tasks=tasks,
        overdue_by=max(0, t - min(open_due, default=t)),
    )


def _opt_iso(ordinal: int | None) -> str | None:
    return None if ordinal is None else _iso(ordinal)


def _date_referral(r: _Rand, ref: SyntheticReferral, earliest: int, end: int) -> None:
    """The days a referral was sent, answered and completed, from `earliest` to `end`: one
    still waiting for an answer was sent in the last weeks."""
    if not ref.send:
        return
    if ref.outcome is None:
        sent = max(earliest, end - int(r() * _AWAITING_DAYS))
    else:
        sent = earliest + int(r() * (end - earliest + 1))
    ref.sent_on = _iso(sent)
    if ref.outcome is not None:
        answered = sent + int(r() * (min(end, sent + 21) - sent + 1))
        ref.answered_on = _iso(answered)
        if ref.outcome == "completed":
            ref.completed_on = _iso(answered + int(r() * (end - answered + 1)))


_PRONOUNS = {True: ("she", "She", "her", "her"), False: ("he", "He", "him", "his")}


def _goal_status(r: _Rand, stage: str) -> str:
    x = r()
    if stage == "planned":
        return "not_started" if x < 0.6 else "in_progress"
    if stage == "in_service":
        return ("not_started" if x < 0.15 else "in_progress" if x < 0.7
                else "achieved" if x < 0.95 else "dropped")
    return "achieved" if x < 0.75 else "in_progress" if x < 0.85 else "dropped"


def _visits(r: _Rand, n: int, risk: str, opened: int, end: int,
            subs: list[dict[str, str]], keys: list[_Key], dobs: list[int], idx: int,
            adults: list[tuple[str, str]], concern_text: _Pool) -> list[dict[str, Any]]:
    """`n` visits from the case's opening up to `end` (today, or the closure request): the
    first within the risk's first-visit days, the latest mostly within the risk's visiting
    interval before `end`, the others between.

    What a visit says about a child fits the child's age on the day of the visit.
    """
    if not n:
        return []
    first = opened + int(r() * (min(end - opened, _FIRST_VISIT_DAYS[risk]) + 1))
    days = [first]
    if n > 1:
        every = _VISIT_EVERY[risk]
        back = int(r() * (every + 1)) if r() < 0.9 else every + int(r() * every)
        last = max(first, end - back)
        days = sorted({first, last, *[first + int(r() * (last - first + 1))
                                      for _ in range(n - 2)]})
    carer = f"{adults[0][0]} ({adults[0][1]})"
    all_carers = ", ".join(f"{a[0]} ({a[1]})" for a in adults)
    kids = ", ".join(s["c"] for s in subs)
    mother = adults[0][1] == "mother"
    main, main_key = subs[idx], keys[idx]
    many = main_key[0]
    main_dob, main_band = dobs[idx], main_key[1]
    safety_chance = _SAFETY_CHANCE[risk]
    visits: list[dict[str, Any]] = []
    for day in days:
        i = idx if r() < 0.6 else int(r() * len(subs))
        s, later = subs[i], day != first
        key = (many, _band_at(dobs[i], day, keys[i][1]), later)
        concern_key = (many, _band_at(main_dob, day, main_band), later)
        vtype = _VISIT_TYPES.pick(r)
        if vtype == "school" and key[1] != "enrolled":
            vtype = "home"
        seen = r() < _CHILD_SEEN[vtype]
        if vtype == "home":
            who = all_carers if r() < 0.5 else carer
            participants = f"{who}, {kids}" if seen else who
        elif vtype == "school":
            participants = f"{s['c']}, class teacher" if seen else "Class teacher, head teacher"
        else:
            participants = f"{carer}, {s['c']}" if seen else carer
        parts = [_OPENERS[(vtype, seen)].pick(r, key)]
        for topic in _one(r, _TOPICS[(vtype, seen)]):
            if topic == "housing":
                parts.append(_HOUSING.pick(r, key))
            elif topic == "caregiver":
                pool = _MOTHER_TEXT if mother and r() < 0.2 else _CAREGIVER
                parts.append(pool.pick(r, key))
            elif topic == "child":
                parts.append(_CHILD.pick(r, key))
            elif topic == "health":
                parts.append(_HEALTH.pick(r, key))
            else:
                parts.append(_SCHOOLING[key[1]].pick(r, key))
        safety = r() < safety_chance
        if safety:
            parts.append(_SAFETY.pick(r, key))
        if r() < 0.6:
            parts.append(_CLOSING.pick(r, key))
        text = " ".join(parts).format_map(s)
        if r() < 0.5:  # a sentence on the case's main concern, about the main child
            text += " " + concern_text.pick(r, concern_key).format_map(main)
        visit: dict[str, Any] = {
            "visit_date": _iso(day), "visit_type": vtype, "child_seen": seen,
            "participants": participants, "observations": text, "safety_concern": safety,
        }
        if r() < 0.7:
            visit["follow_up"] = _FOLLOW_UPS.pick(r, key).format_map(s)
        visits.append(visit)
    return visits


def _referral(r: _Rand, stage: str, risk: str, service: str, s: dict[str, str], key: _Key,
              person_index: int) -> SyntheticReferral:
    fields: dict[str, Any] = {
        "service_type": service, "urgency": _URGENCY[risk].pick(r),
        "reason": _REASONS[service].pick(r, key).format_map(s), "status": "draft",
    }
    x = r()
    if x < 0.9:
        fields["consent"] = True
        allowed = True
    else:  # no consent: half of these carry an override with its reason, half stay drafts
        fields["consent"] = False
        allowed = x < 0.95
        if allowed:
            fields["consent_override_reason"] = _one(r, _OVERRIDES).format_map(s)
    send = allowed and (stage != "assessed" or r() < 0.3)
    outcome: Outcome = None
    if send and stage in ("in_service", *_ENDING_STAGES):
        y = r()
        if stage in _ENDING_STAGES:
            outcome = "completed" if y < 0.7 else "declined" if y < 0.8 else "accepted"
        else:
            outcome = (None if y < 0.25 else "accepted" if y < 0.6
                       else "declined" if y < 0.7 else "completed")
    elif send and r() < 0.4:
        outcome = "accepted"
    response = _one(r, _RESPONSES[outcome]).format_map(s) if outcome else None
    return SyntheticReferral(fields, send, outcome, person_index, response)


def generate_cases(seed: int, count: int, today: date) -> Iterator[SyntheticCase]:
    """`count` cases, the same for the same seed and `today`.

    Consume them as they come: holding 100,000 in a list doubles the time, the extra spent
    by the cyclic garbage collector walking the growing heap.
    """
    rng = random.Random(seed)
    for _ in range(count):
        yield generate_case(rng, today)


# --------------------------------------------------------------------------- providers

_PROVIDER_NAMES: dict[str, tuple[str, ...]] = {
    "health": ("{area} Health Centre", "{area} Mother and Child Clinic",
               "Mobile Health Team {area}"),
    "mental_health": ("Hope Counselling Centre", "{area} Child and Family Therapy Service",
                      "Safe Space Psychosocial Support"),
    "education": ("Second Chance Learning Centre", "{area} Catch-up Education Programme",
                  "Bright Futures Homework Club"),
    "legal": ("{area} Legal Aid Clinic", "Children's Rights Legal Desk",
              "Family Law Advice Service"),
    "shelter": ("Safe Haven Emergency Shelter", "{area} Housing Support Service",
                "Open Door Women's Refuge"),
    "food": ("{area} Community Food Bank", "Shared Table Food Programme",
             "School Meals Support Scheme"),
    "cash_assistance": ("Family Cash Support Programme", "{area} Emergency Grant Desk",
                        "Livelihoods and Savings Programme"),
    "family_support": ("{area} Family Support Centre", "Parenting Together Programme",
                       "Family Friends Volunteers {area}"),
    "disability": ("Inclusive Futures Disability Service", "{area} Rehabilitation Centre",
                   "Hearing and Vision Support Service"),
    "substance_use": ("New Dawn Recovery Service", "{area} Addiction Support Clinic"),
    "other": ("Family Tracing Service", "{area} Youth Club", "Community Sports Project"),
}
_PROVIDER_DESCRIPTIONS: dict[str, str] = {
    "health": "Primary health care for children and families: check-ups, immunisation, "
              "nutrition screening and treatment of common illnesses.",
    "mental_health": "Individual and group counselling for children and caregivers "
                     "affected by violence, loss or displacement.",
    "education": "Helps out-of-school children return to learning: catch-up classes, "
                 "school materials and support with enrolment.",
    "legal": "Free legal advice and representation on birth registration, custody, "
             "protection orders and residence papers.",
    "shelter": "Emergency and transitional accommodation for families and women with "
               "children at risk.",
    "food": "Food parcels and vouchers for families in crisis; no appointment needed for "
            "emergency support.",
    "cash_assistance": "Short-term cash grants and help with savings groups for families "
                       "with children at risk.",
    "family_support": "Home visits, parenting groups and practical support for families "
                      "under stress.",
    "disability": "Assessment, assistive devices, physiotherapy and inclusive activities "
                  "for children with disabilities.",
    "substance_use": "Confidential treatment and support for adults and young people who "
                     "use alcohol or drugs.",
    "other": "Community services for children and young people.",
}
_RELATED: dict[str, tuple[str, ...]] = {
    "health": ("mental_health", "disability", "food"),
    "mental_health": ("health", "family_support", "substance_use"),
    "education": ("family_support", "other", "disability"),
    "legal": ("family_support", "shelter", "other"),
    "shelter": ("food", "legal", "family_support"),
    "food": ("cash_assistance", "health", "family_support"),
    "cash_assistance": ("food", "family_support", "education"),
    "family_support": ("mental_health", "education", "food"),
    "disability": ("health", "education", "family_support"),
    "substance_use": ("mental_health", "health", "family_support"),
    "other": ("education", "family_support", "mental_health"),
}
_ORGANISATIONS = _split(
    "Municipal Social Services, District Health Office, Hope Bridge Foundation, "
    "Kindred Community Trust, Open Doors Association, Children First Network, "
    "Morning Star Mission, Neighbours Together, Lantern Children's Trust, "
    "Meeting Point Alliance"
)
_HOURS = (
    "Open Monday to Friday, 8:00 to 16:00.", "Open Monday to Saturday, 9:00 to 17:00.",
    "Open weekdays; emergency line answered 24 hours.", "Open Tuesday to Friday, 10:00 to 18:00.",
)
_HOW = (
    "Referrals by phone or e-mail; emergency referrals are seen the same day.",
    "Referrals from caseworkers only, with the family's consent.",
    "Families can also come without a referral.",
    "Waiting time for routine referrals is about three weeks.",
)


def generate_providers(rng: random.Random, count: int) -> list[dict[str, Any]]:
    """A plausible service directory of `count` providers, with distinct names.

    The first providers cover every service type once, so that any referral finds one.
    """
    r = rng.random
    types = [s for s in _PROVIDER_NAMES if s != "other"] + ["other"]
    names: set[str] = set()
    providers: list[dict[str, Any]] = []
    for i in range(count):
        main = types[i] if i < len(types) else _one(r, types)
        area, _ = _AREAS.pick(r)
        name = _one(r, _PROVIDER_NAMES[main]).format(area=area)
        if name in names:
            name = f"{name} ({area})"
        k = 2
        while name in names:
            name = f"{name.split(' #')[0]} #{k}"
            k += 1
        names.add(name)
        service_types = [main]
        for extra in _RELATED[main]:
            if r() < 0.35:
                service_types.append(extra)
        org = _one(r, _ORGANISATIONS)
        slug = "".join(ch for ch in name.lower() if ch.isascii() and ch.isalnum())[:24]
        org_slug = "".join(ch for ch in org.lower() if ch.isascii() and ch.isalnum())[:20]
        providers.append({
            "name": name, "organization": org, "service_types": service_types,
            "description": f"{_PROVIDER_DESCRIPTIONS[main]} Serves {area} and surrounding "
                           f"areas. {_one(r, _HOURS)} {_one(r, _HOW)}",
            "phone": _phone(r), "email": f"{slug}@{org_slug}.example.org",
            "address": f"{1 + int(r() * 200)} {_one(r, _STREETS)}, {area}",
        })
    return providers
