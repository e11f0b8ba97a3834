# The name and place tables are long lines on purpose:
# ruff: noqa: E501
"""Generate the synthetic participant list of the bundled IDM 2015 demo event.

Run from the repository root:

    python tools/generate_demo_participants.py                    # -> data/idm2015/participants.csv
    python tools/generate_demo_participants.py --output /tmp/p.csv

Every person in the list is invented: names are drawn at random from tables of common
given names and family names, and combinations that match well-known real people are
rejected. E-mail addresses use the reserved ``.example`` and ``.test`` domains. The UN
agencies, ministries, missions, cities and universities are real or plausible institutions,
but nobody listed works there; the NGOs, companies and media outlets are invented.

The output is deterministic (a fixed seed, no dependence on hash order): running the
script twice gives byte-identical files. It needs only the standard library and
``unidecode``.
"""

from __future__ import annotations

import argparse
import csv
import random
import re
import sys
from pathlib import Path

from unidecode import unidecode

SEED = 20151026
OUTPUT = Path(__file__).resolve().parent.parent / "data" / "idm2015" / "participants.csv"
COLUMNS = ["id", "first_name", "last_name", "name_latin", "title", "organisation", "country",
           "category", "email", "language", "days", "flags", "notes", "ticket_code"]
DAYS = ("2015-10-26", "2015-10-27")
TICKET_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
CATEGORY_COUNTS = {"member_state": 240, "local_authority": 176, "international_org": 120,
                   "civil_society": 96, "academia": 64, "private_sector": 40, "media": 32,
                   "iom_staff": 32}  # 800 in all
FLAG_COUNTS = {"vip": 16, "protocol": 16, "speaker": 32, "see_supervisor": 8}

# --- Names -------------------------------------------------------------------------------
# "male | female | family"; "_" joins a multi-word entry; "native=Latin" for other scripts;
# "masculine/feminine" for family names that agree with gender.
CULTURES = {
    "fr": "Jean-Baptiste Pierre Mathieu Nicolas Olivier Thierry François Julien Étienne Jérôme Benoît Jean-Marc Guillaume | Marie-Claire Sophie Isabelle Anne-Laure Céline Nathalie Hélène Élodie Véronique Camille Aurélie Françoise Agnès | Dubois Lefèvre Moreau Girard Rousseau Mercier Lambert Fontaine Chevalier Bonnet Garnier Faure Gauthier Perrin Leclerc Morel Brunet Renaud Masson Lemaire",
    "frca": "Étienne Jean-François Sébastien Marc-André Pierre-Luc Simon | Geneviève Marie-Ève Mélanie Catherine Julie Annie | Tremblay Gagnon Côté Gauthier Lavoie Bélanger Pelletier Lévesque Bergeron Ouellet",
    "es": "José Juan_Carlos Miguel_Ángel Javier Alejandro Carlos Andrés Luis Fernando Jorge Diego Ricardo Álvaro Raúl Íñigo Joaquín Rubén | María María_José Lucía Carmen Ana_Belén Elena Paula Sofía Valentina Gabriela Mónica Ximena Inés Begoña Patricia | García Fernández Rodríguez López Martínez Gómez Díaz Álvarez Romero Navarro Torres Ruiz Ramírez Vargas Castillo Morales Ortega Delgado Herrera Peña Muñoz Ibáñez Cordero Villalobos Quintero Salinas Mendoza Cárdenas Zúñiga Echeverría",
    "pt": "João Paulo Tiago Rui Nuno Gonçalo Vasco António Duarte Sebastião | Ana_Luísa Maria_João Inês Mariana Beatriz Catarina Joana Leonor Conceição | Silva Santos Ferreira Pereira Oliveira Rodrigues Martins Sousa Fernandes Gonçalves Carvalho Lopes Marques Almeida Ribeiro Magalhães Brandão de_Sousa da_Silva dos_Santos da_Costa",
    "br": "João Lucas Gabriel Rafael Thiago Felipe Rodrigo Marcelo Gustavo Leonardo | Ana_Carolina Mariana Juliana Fernanda Camila Letícia Patrícia Luciana Aline | Silva Santos Oliveira Souza Lima Pereira Carvalho Almeida Araújo Barbosa Cavalcanti Nascimento Moreira Azevedo da_Silva dos_Santos de_Oliveira",
    "it": "Marco Giuseppe Alessandro Luca Francesco Matteo Davide Stefano Lorenzo Giovanni | Giulia Francesca Chiara Sara Valentina Federica Alessandra Silvia Martina | Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Greco Bruno Gallo Conti De_Luca Mancini Giordano Lombardi Barbieri Fontana",
    "de": "Thomas Andreas Stefan Jürgen Matthias Wolfgang Tobias Klaus Sebastian Günter Jörg Florian | Sabine Claudia Ulrike Katharina Petra Birgit Anja Jutta Susanne Lena Dörte | Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Koch Richter Strauß Weiß Groß Krüger Schäfer Böhm Preuß Köhler Lehmann",
    "nl": "Jan Pieter Dirk Willem Bram Joost Maarten Sander Thijs | Annemarie Sanne Femke Marieke Lotte Inge Eline Fleur Anouk | de_Jong Jansen de_Vries van_den_Berg van_Dijk Bakker Visser Meijer de_Boer Mulder van_der_Meer Bosch Vos Hendriks van_Leeuwen Dekker van_der_Linden",
    "en": "James Oliver William Daniel Matthew Richard Andrew Christopher Thomas Edward Jonathan Benjamin | Sarah Emma Charlotte Rebecca Hannah Catherine Elizabeth Rachel Amanda Victoria Laura Jennifer | Smith Jones Taylor Brown Williams Wilson Johnson Davies Robinson Wright Thompson Evans Walker White Roberts Green Hall Wood Jackson Clarke Hughes Edwards Campbell Turner Mitchell Parker",
    "ie": "Seán Ciarán Declan Pádraig Eoin Cathal Niall Brendan | Siobhán Aoife Niamh Róisín Orla Gráinne Sinéad Caoimhe | O'Brien O'Sullivan Murphy Kelly McCarthy O'Connor Walsh Byrne Ryan Ó_Súilleabháin Mac_Giolla_Phádraig McLaughlin Fitzgerald Doyle",
    "no": "Lars Ola Øyvind Håkon Bjørn Espen Kjetil Magnus Torbjørn | Ingrid Solveig Kari Åse Marit Sigrid Ragnhild Tone Hege | Hansen Johansen Olsen Larsen Halvorsen Haugen Bakke Sæther Løken Dahl Strøm Aasen Økland Kristiansen",
    "da": "Søren Mads Rasmus Jens Mikkel Frederik Jesper | Sofie Louise Ida Maja Lærke Signe Birgitte | Jensen Nielsen Pedersen Christensen Sørensen Jørgensen Madsen Kjær Thomsen Mølgaard Bøgh Vestergaard",
    "se": "Erik Johan Karl Mattias Björn Fredrik Gustav Oskar | Anna Karin Åsa Linnéa Märta Elin Ebba Sofia | Andersson Johansson Karlsson Nilsson Eriksson Larsson Persson Lindström Åberg Sjöberg Lindqvist Ekström Hedlund Öberg",
    "fi": "Mikko Juha Antti Jukka Timo Ville Sami | Anna-Kaisa Päivi Sanna Tiina Riikka Johanna Heli | Virtanen Korhonen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen Lehtonen",
    "pl": "Piotr Tomasz Krzysztof Paweł Michał Łukasz Grzegorz Jakub Wojciech | Agnieszka Małgorzata Katarzyna Joanna Magdalena Ewa Zofia Dorota Urszula | Kowalski/Kowalska Wiśniewski/Wiśniewska Wójcik Kamiński/Kamińska Zieliński/Zielińska Szymański/Szymańska Woźniak Dąbrowski/Dąbrowska Kozłowski/Kozłowska Mazur Krawczyk Grabowski/Grabowska Pawlak Żak",
    "cs": "Jan Petr Tomáš Jiří Pavel Ondřej Lukáš Vojtěch | Jana Petra Lucie Kateřina Tereza Markéta Zuzana Hana | Novák/Nováková Svoboda/Svobodová Novotný/Novotná Dvořák/Dvořáková Černý/Černá Procházka/Procházková Kučera/Kučerová Veselý/Veselá Horák/Horáková Němec/Němcová Pokorný/Pokorná Růžička/Růžičková",
    "hu": "László Zoltán Gábor Péter Attila Balázs Tamás Ákos | Zsófia Ágnes Katalin Eszter Krisztina Judit Réka Orsolya | Nagy Kovács Tóth Szabó Horváth Varga Kiss Molnár Németh Farkas Balogh Papp Takács",
    "ro": "Andrei Mihai Alexandru Ionuț Bogdan Cristian Radu Ștefan Florin | Ioana Elena Andreea Mihaela Roxana Cristina Oana Raluca | Popescu Ionescu Popa Dumitrescu Stan Stoica Gheorghiu Constantinescu Rădulescu Dobre Marinescu Țurcanu Bălan Niculescu",
    "tr": "Mehmet Mustafa Ahmet Emre Burak Murat Kerem Oğuz Çağlar Serkan | Ayşe Fatma Zeynep Elif Gülşen Şebnem Özlem Derya Büşra Merve | Yılmaz Kaya Demir Şahin Çelik Yıldız Aydın Öztürk Arslan Doğan Kılıç Çetin Koç Özdemir Güneş Erdem",
    "el": "Γιώργος=Giorgos Δημήτριος=Dimitrios Κωνσταντίνος=Konstantinos Νίκος=Nikos Ιωάννης=Ioannis Παναγιώτης=Panagiotis Χρήστος=Christos Αλέξανδρος=Alexandros | Μαρία=Maria Ελένη=Eleni Αικατερίνη=Aikaterini Σοφία=Sofia Δέσποινα=Despoina Βασιλική=Vasiliki Αναστασία=Anastasia | Παπαδόπουλος/Παπαδοπούλου=Papadopoulos/Papadopoulou Γεωργίου=Georgiou Οικονόμου=Oikonomou Νικολάου=Nikolaou Καραγιάννης/Καραγιάννη=Karagiannis/Karagianni Βασιλείου=Vasileiou Μακρής/Μακρή=Makris/Makri Αντωνίου=Antoniou Κωνσταντινίδης/Κωνσταντινίδου=Konstantinidis/Konstantinidou",
    "ru": "Александр=Aleksandr Дмитрий=Dmitry Сергей=Sergey Андрей=Andrey Михаил=Mikhail Алексей=Alexey Игорь=Igor Николай=Nikolay | Елена=Elena Ольга=Olga Наталья=Natalia Татьяна=Tatiana Анна=Anna Екатерина=Ekaterina Ирина=Irina | Смирнов/Смирнова=Smirnov/Smirnova Кузнецов/Кузнецова=Kuznetsov/Kuznetsova Соколов/Соколова=Sokolov/Sokolova Лебедев/Лебедева=Lebedev/Lebedeva Новиков/Новикова=Novikov/Novikova Морозов/Морозова=Morozov/Morozova Соловьёв/Соловьёва=Solovyev/Solovyeva Зайцев/Зайцева=Zaytsev/Zaytseva Семёнов/Семёнова=Semenov/Semenova Виноградов/Виноградова=Vinogradov/Vinogradova",
    "uk": "Олександр=Oleksandr Андрій=Andrii Дмитро=Dmytro Тарас=Taras Богдан=Bohdan Віталій=Vitalii Юрій=Yurii | Оксана=Oksana Олена=Olena Наталія=Nataliia Ірина=Iryna Тетяна=Tetiana Юлія=Yuliia Галина=Halyna | Ковальчук=Kovalchuk Шевченко=Shevchenko Бондаренко=Bondarenko Ткаченко=Tkachenko Мельник=Melnyk Кравченко=Kravchenko Олійник=Oliinyk Лисенко=Lysenko Савчук=Savchuk Гнатюк=Hnatiuk Бойко=Boiko",
    "sr": "Марко=Marko Никола=Nikola Милош=Miloš Александар=Aleksandar Стефан=Stefan Душан=Dušan | Јелена=Jelena Милица=Milica Ана=Ana Драгана=Dragana Ивана=Ivana | Петровић=Petrović Јовановић=Jovanović Николић=Nikolić Марковић=Marković Ђорђевић=Đorđević Стојановић=Stojanović Илић=Ilić Павловић=Pavlović",
    "bg": "Георги=Georgi Иван=Ivan Димитър=Dimitar Николай=Nikolay Стоян=Stoyan Петър=Petar | Мария=Maria Десислава=Desislava Цветелина=Tsvetelina Радостина=Radostina Елена=Elena | Иванов/Иванова=Ivanov/Ivanova Петров/Петрова=Petrov/Petrova Георгиев/Георгиева=Georgiev/Georgieva Димитров/Димитрова=Dimitrov/Dimitrova Стоянов/Стоянова=Stoyanov/Stoyanova Тодоров/Тодорова=Todorov/Todorova",
    "kz": "Нурлан=Nurlan Ержан=Yerzhan Асхат=Askhat Даурен=Dauren | Айгерим=Aigerim Динара=Dinara Гульнара=Gulnara Сауле=Saule | Ахметов/Ахметова=Akhmetov/Akhmetova Жумабаев/Жумабаева=Zhumabayev/Zhumabayeva Сейткали=Seitkali Касымов/Касымова=Kassymov/Kassymova",
    "ar": "محمد=Mohammed أحمد=Ahmed خالد=Khaled عمر=Omar يوسف=Youssef حسن=Hassan علي=Ali سامي=Sami كريم=Karim | فاطمة=Fatima مريم=Mariam ليلى=Layla نور=Nour سارة=Sara رنا=Rana هدى=Huda | العلي=Al-Ali الخطيب=Al-Khatib حداد=Haddad المصري=Al-Masri الحسيني=Al-Husseini منصور=Mansour الزعبي=Al-Zoubi عبد_الله=Abdullah صالح=Saleh الشامي=Al-Shami النجار=Al-Najjar",
    "maghreb": "Karim Mehdi Youssef Hicham Nabil Rachid Sofiane Anis Mohamed_Amine Walid | Samira Nadia Leïla Imane Khadija Salma Meriem Asma Yasmine | Benali Bennani El_Amrani Alaoui Tazi Ben_Salah Trabelsi Belkacem Mansouri Ziani Hamdi Cherif Benjelloun Ouazzani Jaziri",
    "sn": "Moussa Ousmane Mamadou Cheikh Abdoulaye Ibrahima Modou Babacar | Aminata Fatou Awa Mariama Ndèye Khady Coumba Astou | Diop Ndiaye Fall Sow Ba Diallo Gueye Sarr Faye Mbaye Cissé Seck",
    "sahel": "Souleymane Boubacar Adama Seydou Issa Harouna Idrissa | Kadiatou Mariam Salimata Rokia Assétou Haoua | Traoré Keïta Coulibaly Diarra Konaté Ouédraogo Sawadogo Zongo Maïga Sangaré",
    "ci": "Kouadio Konan Koffi Serge Armand Yao | Adjoua Akissi Affoué Christelle Nadège Aya | Kouassi Koné N'Guessan Kouamé Bamba Kouakou Tanoh Aka Brou",
    "cm": "Jean-Paul Emmanuel Hervé Blaise Rodrigue | Marie-Thérèse Carine Sandrine Josiane Nadine | Mbarga Nkoulou Fotso Tchoupo Ngono Essomba Mballa Kamga Atangana",
    "cd": "Jean-Claude Patrice Fiston Trésor Héritier | Gloria Mireille Sifa Arlette Chantal | Mukendi Tshibanda Ilunga Mbuyi Kabongo Lukusa Kalonji Mwamba Nzuzi",
    "mg": "Rivo Tojo Haja Rado Mamy Njaka Fidy | Voahangy Haingo Lalao Fara Holy Mialy | Rakotomalala Randrianarisoa Razafindrakoto Rasoanaivo Andrianjafy Rakotondrabe Randriamampionona",
    "ht": "Jean-Robert Wilson Frantz Réginald Josué Emmanuel | Marie-Carmelle Nadège Rose-Marie Guerda Yolette Micheline | Jean-Baptiste Pierre Joseph Saint-Fleur Désir Alexis Noël Célestin Dorval Laguerre",
    "rw": "Jean-Claude Aimable Théogène Eric | Claudine Solange Clarisse Diane | Uwimana Mukamana Habimana Niyonsaba Nshimiyimana Mukeshimana",
    "ke": "Brian Kevin Dennis Samuel Joseph Wycliffe Collins | Achieng Faith Mercy Grace Njeri Akinyi Wambui | Otieno Kamau Mwangi Njoroge Kiprop Ochieng Wanjala Mutua Kariuki Chebet Odhiambo",
    "eaf": "Moses Isaac Ronald Julius Baraka Juma | Harriet Prossy Florence Esther Rehema Neema | Okello Ssempala Mugisha Kato Tumusiime Byaruhanga Massawe Mushi Mrema Mwakyusa",
    "et": "Tesfaye Dawit Yohannes Bereket Solomon Henok | Selamawit Hiwot Meron Tigist Mahlet Rahel | Bekele Alemu Girma Tadesse Wolde Mekonnen Gebremedhin Kebede Assefa Desta",
    "ng": "Chinedu Oluwaseun Tunde Ibrahim Adebayo Uche Segun Musa | Ngozi Aisha Funmilayo Chiamaka Amaka Halima Yetunde Nneka | Adeyemi Okafor Eze Bello Okonkwo Nwosu Abubakar Olawale Obi Adeleke Danjuma",
    "gh": "Kwame Kofi Kwabena Yaw Kojo Nana | Ama Akosua Abena Efua Adwoa Esi | Mensah Owusu Boateng Asante Osei Appiah Agyeman Darko Amoah Ofori",
    "za": "Sipho Thabo Pieter Johan Themba Bongani Sizwe Andile | Thandiwe Lerato Nomvula Palesa Anneke Zanele Naledi | Nkosi Dlamini Naidoo van_der_Merwe Botha Mokoena Khumalo Ndlovu Pillay Mahlangu Venter Mthembu",
    "zh": "伟=Wei 磊=Lei 军=Jun 勇=Yong 杰=Jie 涛=Tao 明=Ming 建华=Jianhua 志强=Zhiqiang 海峰=Haifeng | 芳=Fang 娜=Na 敏=Min 静=Jing 秀英=Xiuying 婷=Ting 雪=Xue 慧=Hui 晓红=Xiaohong | 王=Wang 李=Li 张=Zhang 刘=Liu 陈=Chen 杨=Yang 黄=Huang 赵=Zhao 吴=Wu 周=Zhou 徐=Xu 孙=Sun 朱=Zhu 胡=Hu 郭=Guo 林=Lin 高=Gao 罗=Luo",
    "ja": "翔太=Shota 健一=Kenichi 大輔=Daisuke 拓也=Takuya 誠=Makoto | 陽子=Yoko 美咲=Misaki 由美=Yumi 恵子=Keiko 直子=Naoko | 佐藤=Sato 鈴木=Suzuki 高橋=Takahashi 田中=Tanaka 渡辺=Watanabe 伊藤=Ito 山本=Yamamoto 中村=Nakamura 小林=Kobayashi 加藤=Kato",
    "ko": "민준=Minjun 지훈=Jihoon 성민=Sungmin 현우=Hyunwoo 동현=Donghyun | 서연=Seoyeon 지은=Jieun 수진=Sujin 민지=Minji 혜진=Hyejin | 김=Kim 이=Lee 박=Park 최=Choi 정=Jung 강=Kang 조=Cho 윤=Yoon 장=Jang 임=Lim",
    "vi": "Văn_Hùng Đức_Anh Minh_Tuấn Quang_Huy Hữu_Phước Thành_Long Văn_Hải Đình_Khoa | Thị_Hồng Thị_Lan Ngọc_Anh Thu_Hương Thị_Mai Thanh_Trang Kim_Ngân Thị_Thảo | Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương",
    "ph": "Jose_Miguel Juan_Paolo Mark Rommel Eduardo Ramon Christian | Maria_Cristina Ma._Luisa Kristine Rowena Marites Angelica | Santos Reyes Cruz Bautista dela_Cruz Villanueva Mendoza Castro Soriano Pascual Manalo",
    "id": "Budi Agus Eko Andi Hendra Bambang | Rina Sri Ratna Yuliana Wulan | Santoso Setiawan Kusumawati Wibowo Hidayat Nugroho Pratama Saputra",
    "my": "Ahmad_Faizal Mohd_Azlan Muhammad_Hafiz Khairul_Anuar | Nur_Aisyah Siti_Aminah Noraini Farah_Nabila | bin_Hassan/binti_Hassan bin_Abdullah/binti_Abdullah bin_Ismail/binti_Ismail bin_Osman/binti_Osman",
    "th": "Somsak Nattapong Kittisak Prasert Anan Wichai | Siriporn Kanya Pornthip Suda Nattaya Ratchanee | Srisuk Chaiyaporn Boonmee Rattanakorn Sukprasert Phromma Wongsuwan Chantarasombat",
    "af": "Ahmad_Jawid Mohammad_Nasir Abdul_Rahim Hamid Farid Nasrullah | Fatima Nasrin Shukria Zarghona Fereshta | Rahimi Popal Sultani Noori Wardak Hakimi Stanekzai Safi Amiri",
    "mm": "| |",
    "in": "Anil Ramesh Arjun Deepak Sanjay Vikram Suresh Rajesh Pradeep | Priya Kavita Sunita Anjali Meera Lakshmi Deepa Pooja Shalini | Sharma Patel Iyer Reddy Nair Das Singh Gupta Menon Krishnan Banerjee Rao Kulkarni Joshi Chatterjee Pillai",
    "bd": "Rashid Tanvir Mahmudul Shafiqul Kamrul Arif | Farhana Nusrat Shirin Sabina Tahmina Rokeya | Rahman Hossain Ahmed Chowdhury Islam Uddin Alam Sarkar",
    "pk": "Bilal Faisal Usman Hamza Asad Kamran Tariq Zubair | Ayesha Sana Hina Mahnoor Saima Rabia Sadia | Qureshi Malik Butt Siddiqui Khan Chaudhry Mirza Abbasi Hashmi Raza",
    "np": "Bikash Ramesh Sunil Prakash Rajan Santosh | Sita Anjali Sabina Pramila Kamala | Shrestha Gurung Thapa Adhikari Tamang Rai Karki Pokharel Bhattarai",
    "lk": "Nimal Kasun Chaminda Ruwan Asanka | Chamari Dilani Nadeesha Sanduni Thilini | Perera Fernando Silva Jayawardena Wickramasinghe Bandara Dissanayake Herath",
}
# A single name, stored in last_name with first_name empty: (share of people, names).
MONONYMS = {
    "id": (0.5, "Sutrisno Wahyudi Sumarni Purnomo Suparman Rahmawati Hartono Sulastri Mulyadi Suryani Darmawan Kurniasih"),
    "af": (0.4, "Rahmatullah Habibullah Samiullah Hamidullah Mohibullah Shafiqullah Farida Nasima Gulalai"),
    "mm": (1.0, "Aung_Ko_Ko Thandar_Win Zaw_Min_Htut Khin_Myat_Noe Kyaw_Zin_Oo Su_Su_Hlaing Nay_Lin_Aung Ei_Ei_Phyo Htet_Aung"),
}
DOUBLE_SURNAME = {"es": 0.85, "pt": 0.6, "br": 0.5}  # share with two family names
# Combinations that name well-known real people (normalised "given family"); redrawn.
REAL_PEOPLE = set(re.findall(r"\w+ \w+", """antonio costa antonio guterres laura thompson helen clark thomas muller
fernando torres thiago silva fernanda lima gustavo lima emma thompson elizabeth taylor
james brown rebecca hall andrew johnson sean kelly sinead oconnor burak yilmaz jan smit
seydou keita rokia traore adama traore boubacar traore idrissa ouedraogo emeka okafor
sanjay gupta jieun lee aleksandr popov igor smirnov taras shevchenko andrii shevchenko
anders rasmussen wolfgang becker faisal qureshi rachel green samuel kamau
edward smith richard parker richard williams elizabeth edwards jennifer jones jorge rodriguez
miguel ruiz alejandro fernandez ricardo villalobos jorge salinas thiago pereira luciana souza"""))

# --- Countries ---------------------------------------------------------------------------
# code weight preferred-language(s) organisation-language | English name | native name |
# name cultures (repeat = more likely, ~ = written in Latin script) | cities: native=English=local authority's own name
COUNTRIES = """
FR 3 fr fr | France | France | fr fr fr fr maghreb sn vi | Lyon;Marseille;Lille;Grenoble;Strasbourg;Bordeaux;Montreuil
BE 2 fr fr | Belgium | Belgique | fr fr nl maghreb cd | Bruxelles=Brussels;Liège;Charleroi;Namur
CH 3 fr fr | Switzerland | Suisse | fr fr de de it | Genève=Geneva;Lausanne;Neuchâtel;Fribourg
LU 1 fr fr | Luxembourg | Luxembourg | fr de pt | Luxembourg;Esch-sur-Alzette
DE 3 en de | Germany | Deutschland | de de de de tr ~el | Berlin;Hamburg;München=Munich;Köln=Cologne;Stuttgart;Leipzig
AT 1 en de | Austria | Österreich | de de ~sr tr | Wien=Vienna;Graz;Linz
IT 2 en it | Italy | Italia | it it it | Milano=Milan;Torino=Turin;Napoli=Naples;Palermo;Bologna
ES 3 es es | Spain | España | es es es es maghreb | Barcelona;Madrid;Valencia;Bilbao;Sevilla=Seville;Málaga
PT 2 en/fr pt | Portugal | Portugal | pt pt pt | Lisboa=Lisbon;Porto;Amadora;Braga
NL 2 en nl | the Netherlands | Nederland | nl nl nl tr maghreb | Amsterdam;Rotterdam;Den Haag=The Hague;Utrecht;Eindhoven
IE 1 en - | Ireland | - | ie ie en | Dublin;Cork;Galway;Limerick
GB 2 en - | the United Kingdom | - | en en en ie in pk | Manchester;Birmingham;Leeds;Glasgow;Bristol;Leicester
NO 2 en - | Norway | - | no no no | Oslo==Oslo kommune;Bergen==Bergen kommune;Trondheim==Trondheim kommune
DK 2 en - | Denmark | - | da da da | København=Copenhagen=Københavns Kommune;Aarhus==Aarhus Kommune;Odense==Odense Kommune
SE 2 en - | Sweden | - | se se se ~ar | Stockholm==Stockholms stad;Göteborg=Gothenburg=Göteborgs Stad;Malmö==Malmö stad
FI 1 en - | Finland | - | fi fi | Helsinki==Helsingin kaupunki;Tampere==Tampereen kaupunki;Espoo==Espoon kaupunki
PL 2 en - | Poland | - | pl pl pl ~uk | Warszawa=Warsaw=Urząd m.st. Warszawy;Kraków=Krakow=Urząd Miasta Krakowa;Gdańsk=Gdansk=Urząd Miejski w Gdańsku;Wrocław=Wroclaw=Urząd Miejski Wrocławia
CZ 2 en - | the Czech Republic | - | cs cs | Praha=Prague=Magistrát hlavního města Prahy;Brno==Statutární město Brno
HU 1 en - | Hungary | - | hu hu | Budapest==Budapest Főváros Önkormányzata;Debrecen==Debrecen Megyei Jogú Város Önkormányzata
RO 2 fr/en - | Romania | - | ro ro | București=Bucharest=Primăria Municipiului București;Cluj-Napoca==Primăria Municipiului Cluj-Napoca;Timișoara=Timisoara=Primăria Municipiului Timișoara
MD 1 en/fr - | the Republic of Moldova | - | ro ro ~ru | Chișinău=Chisinau=Primăria Municipiului Chișinău;Bălți=Balti=Primăria Municipiului Bălți
BG 1 en - | Bulgaria | - | bg bg | София=Sofia=Столична община;Пловдив=Plovdiv=Община Пловдив;Варна=Varna=Община Варна
GR 2 en - | Greece | - | el el el | Αθήνα=Athens=Δήμος Αθηναίων;Θεσσαλονίκη=Thessaloniki=Δήμος Θεσσαλονίκης;Πάτρα=Patras=Δήμος Πατρέων
TR 2 en - | Turkey | - | tr tr tr | İstanbul=Istanbul=İstanbul Büyükşehir Belediyesi;Ankara==Ankara Büyükşehir Belediyesi;Gaziantep==Gaziantep Büyükşehir Belediyesi;Şanlıurfa=Sanliurfa=Şanlıurfa Büyükşehir Belediyesi
RU 2 en - | the Russian Federation | - | ru ru ru | Москва=Moscow=Правительство Москвы;Санкт-Петербург=Saint Petersburg=Правительство Санкт-Петербурга;Екатеринбург=Yekaterinburg=Администрация города Екатеринбурга;Казань=Kazan=Мэрия Казани
UA 1 en - | Ukraine | - | uk uk | Київ=Kyiv=Київська міська державна адміністрація;Львів=Lviv=Львівська міська рада;Одеса=Odesa=Одеська міська рада;Харків=Kharkiv=Харківська міська рада
RS 1 en - | Serbia | - | sr sr | Београд=Belgrade=Град Београд;Нови Сад=Novi Sad=Град Нови Сад;Ниш=Niš=Град Ниш
MA 2 fr fr | Morocco | Maroc | maghreb | Casablanca;Rabat;Tanger=Tangier;Fès=Fez
TN 1 fr fr | Tunisia | Tunisie | maghreb | Tunis;Sfax;Sousse
DZ 1 fr fr | Algeria | Algérie | maghreb | Alger=Algiers;Oran;Constantine
EG 2 en - | Egypt | - | ar | القاهرة=Cairo=محافظة القاهرة;الإسكندرية=Alexandria=محافظة الإسكندرية
JO 2 en - | Jordan | - | ar | عمان=Amman=أمانة عمان الكبرى;إربد=Irbid=بلدية إربد الكبرى;المفرق=Mafraq=بلدية المفرق الكبرى
LB 2 fr/en - | Lebanon | - | ar | بيروت=Beirut=بلدية بيروت;طرابلس=Tripoli=بلدية طرابلس;صيدا=Saida=بلدية صيدا
IQ 1 en - | Iraq | - | ar | بغداد=Baghdad=أمانة بغداد;البصرة=Basra=محافظة البصرة
SA 1 en - | Saudi Arabia | - | ar | الرياض=Riyadh=أمانة منطقة الرياض;جدة=Jeddah=أمانة محافظة جدة
AE 1 en - | the United Arab Emirates | - | ar | دبي=Dubai=بلدية دبي;أبوظبي=Abu Dhabi=بلدية أبوظبي
QA 1 en - | Qatar | - | ar | الدوحة=Doha=بلدية الدوحة
SN 2 fr fr | Senegal | Sénégal | sn | Dakar;Saint-Louis;Thiès;Ziguinchor
ML 1 fr fr | Mali | Mali | sahel | Bamako;Kayes;Sikasso
BF 1 fr fr | Burkina Faso | Burkina Faso | sahel | Ouagadougou;Bobo-Dioulasso
NE 1 fr fr | the Niger | Niger | sahel | Niamey;Agadez;Zinder
CI 1 fr fr | Côte d'Ivoire | Côte d'Ivoire | ci | Abidjan;Bouaké;Yamoussoukro
CM 1 fr fr | Cameroon | Cameroun | cm | Yaoundé;Douala
CD 1 fr fr | the Democratic Republic of the Congo | République démocratique du Congo | cd | Kinshasa;Lubumbashi;Goma
MG 1 fr fr | Madagascar | Madagascar | mg | Antananarivo;Toamasina
HT 1 fr fr | Haiti | Haïti | ht | Port-au-Prince;Cap-Haïtien;Jacmel
RW 1 en - | Rwanda | - | rw | Kigali;Huye
KE 2 en - | Kenya | - | ke | Nairobi;Mombasa;Kisumu
UG 1 en - | Uganda | - | eaf | Kampala;Gulu;Arua
TZ 1 en - | the United Republic of Tanzania | - | eaf | Dar es Salaam;Arusha;Dodoma
ET 1 en - | Ethiopia | - | et | Addis Ababa;Dire Dawa;Gondar
NG 2 en - | Nigeria | - | ng | Lagos;Abuja;Kano;Ibadan
GH 1 en - | Ghana | - | gh | Accra;Kumasi;Tamale
ZA 2 en - | South Africa | - | za | Johannesburg;Cape Town;Durban;Tshwane
AO 1 en/es pt | Angola | Angola | pt | Luanda;Benguela;Huambo
MZ 1 en/es pt | Mozambique | Moçambique | pt | Maputo;Beira;Nampula
CV 1 fr/en pt | Cabo Verde | Cabo Verde | pt | Praia;Mindelo
CN 2 en - | China | - | zh | 北京=Beijing=北京市人民政府;上海=Shanghai=上海市人民政府;广州=Guangzhou=广州市人民政府;深圳=Shenzhen=深圳市人民政府
JP 1 en - | Japan | - | ja | 東京=Tokyo=東京都;横浜=Yokohama=横浜市;浜松=Hamamatsu=浜松市;大阪=Osaka=大阪市
KR 1 en - | the Republic of Korea | - | ko | 서울=Seoul=서울특별시;안산=Ansan=안산시;부산=Busan=부산광역시
VN 1 en/fr - | Viet Nam | - | vi | Hà Nội=Hanoi=Ủy ban nhân dân Thành phố Hà Nội;Thành phố Hồ Chí Minh=Ho Chi Minh City=Ủy ban nhân dân Thành phố Hồ Chí Minh;Đà Nẵng=Da Nang=Ủy ban nhân dân Thành phố Đà Nẵng
PH 2 en - | the Philippines | - | ph | Manila;Cebu;Iloilo;Zamboanga
ID 2 en - | Indonesia | - | id | Jakarta;Surabaya;Bandung;Makassar
MY 1 en - | Malaysia | - | my | Kuala Lumpur;George Town;Johor Bahru
TH 1 en - | Thailand | - | th | Bangkok=Bangkok=Bangkok Metropolitan Administration;Chiang Mai;Mae Sot
MM 1 en - | Myanmar | - | mm | Yangon;Mandalay
IN 2 en - | India | - | in | Mumbai=Mumbai=Municipal Corporation of Greater Mumbai;New Delhi;Bengaluru;Kochi;Kolkata
BD 1 en - | Bangladesh | - | bd | Dhaka=Dhaka=Dhaka North City Corporation;Chittagong=Chittagong=Chittagong City Corporation
PK 1 en - | Pakistan | - | pk | Karachi;Lahore;Islamabad
NP 1 en - | Nepal | - | np | Kathmandu=Kathmandu=Kathmandu Metropolitan City;Pokhara
LK 1 en - | Sri Lanka | - | lk | Colombo=Colombo=Colombo Municipal Council;Kandy
AF 1 en - | Afghanistan | - | af | Kabul=Kabul=Kabul Municipality;Herat;Mazar-i-Sharif
KZ 1 en - | Kazakhstan | - | kz kz ru | Астана=Astana=Акимат города Астаны;Алматы=Almaty=Акимат города Алматы
AU 1 en - | Australia | - | en en en vi ~zh | Sydney;Melbourne;Brisbane;Perth
NZ 1 en - | New Zealand | - | en en | Auckland=Auckland=Auckland Council;Wellington
US 3 en - | the United States of America | - | en en en en es es ~zh ~ko in vi | New York=New York=New York City Mayor's Office of Immigrant Affairs;Los Angeles;Chicago;Houston;Atlanta;Dayton
CA 2 en/fr - | Canada | - | en en frca frca ~zh in | Toronto;Montréal=Montreal=Ville de Montréal;Vancouver;Québec=Quebec City=Ville de Québec
MX 3 es la | Mexico | México | es | Guadalajara;Monterrey;Tijuana;Puebla;Ciudad Juárez
GT 1 es la | Guatemala | Guatemala | es | Ciudad de Guatemala=Guatemala City=Municipalidad de Guatemala;Quetzaltenango
HN 1 es la | Honduras | Honduras | es | Tegucigalpa;San Pedro Sula
SV 1 es la | El Salvador | El Salvador | es | San Salvador;Santa Ana
CR 1 es la | Costa Rica | Costa Rica | es | San José;Heredia
PA 1 es la | Panama | Panamá | es | Ciudad de Panamá=Panama City=Municipio de Panamá;Colón
CO 3 es la | Colombia | Colombia | es | Bogotá=Bogotá=Alcaldía Mayor de Bogotá D.C.;Medellín;Cali;Cúcuta;Barranquilla
EC 2 es la | Ecuador | Ecuador | es | Quito=Quito=Municipio del Distrito Metropolitano de Quito;Guayaquil;Cuenca
PE 1 es la | Peru | Perú | es | Lima=Lima=Municipalidad Metropolitana de Lima;Arequipa;Cusco
BO 1 es la | the Plurinational State of Bolivia | Bolivia | es | La Paz=La Paz=Gobierno Autónomo Municipal de La Paz;El Alto=El Alto=Gobierno Autónomo Municipal de El Alto;Santa Cruz de la Sierra
CL 1 es la | Chile | Chile | es | Santiago=Santiago=Municipalidad de Santiago;Valparaíso;Antofagasta
AR 2 es la | Argentina | Argentina | es es it | Buenos Aires=Buenos Aires=Gobierno de la Ciudad de Buenos Aires;Córdoba;Rosario;Mendoza
UY 1 es la | Uruguay | Uruguay | es | Montevideo=Montevideo=Intendencia de Montevideo;Salto
PY 1 es la | Paraguay | Paraguay | es | Asunción;Encarnación
VE 1 es la | the Bolivarian Republic of Venezuela | Venezuela | es | Caracas;Maracaibo
DO 1 es la | the Dominican Republic | República Dominicana | es es ht | Santo Domingo;Santiago de los Caballeros
BR 3 es/en br | Brazil | Brasil | br br br ~ja | São Paulo;Rio de Janeiro;Belo Horizonte;Porto Alegre;Recife
JM 1 en - | Jamaica | - | en | Kingston;Montego Bay
"""
REGIONS = {
    "FR": ["Région Île-de-France", "Région Rhône-Alpes"], "BE": ["Région de Bruxelles-Capitale"],
    "CH": ["République et canton de Genève"], "ES": ["Generalitat de Catalunya", "Comunidad de Madrid"],
    "IT": ["Regione Lombardia", "Regione Siciliana"], "GB": ["Greater London Authority", "Scottish Government"],
    "CA": ["Gouvernement du Québec – Ministère de l'Immigration, de la Diversité et de l'Inclusion"],
    "AR": ["Gobierno de la Provincia de Buenos Aires"], "BR": ["Governo do Estado de São Paulo"],
    "CO": ["Gobernación de Antioquia"], "KE": ["Nairobi City County", "County Government of Mombasa"],
    "NG": ["Lagos State Government"], "PH": ["Provincial Government of Cebu"],
    "IN": ["Government of Kerala – Department of Non-Resident Keralite Affairs"],
}

# --- Organisations and titles ------------------------------------------------------------
# {c}/{e}: city (native/English), {N}/{E}: country (native/English), {S}: a local family name.
# Titles: "!" senior and one per organisation, "*" one per organisation, "m/f" by gender.
CITY_ORGS = {"en": ["City of {e}", "Municipality of {e}", "{e} City Council"],
             "fr": ["Ville de {c}", "Mairie de {c}", "Commune de {c}"], "es": ["Ayuntamiento de {c}"],
             "la": ["Municipalidad de {c}", "Alcaldía de {c}", "Gobierno Municipal de {c}"],
             "br": ["Prefeitura de {c}", "Prefeitura Municipal de {c}"], "pt": ["Câmara Municipal de {c}"],
             "de": ["Stadt {c}", "Stadtverwaltung {c}"], "it": ["Comune di {c}"], "nl": ["Gemeente {c}"]}
CITY_UNITS = {"en": ["Department of Social Affairs and Integration", "Office of International Relations", "Office for Migrant and Refugee Affairs", "Department of Housing and Urban Development"],
              "fr": ["Direction de la cohésion sociale", "Service des relations internationales", "Bureau de l'intégration des étrangers"],
              "es": ["Secretaría de Integración Social", "Dirección de Relaciones Internacionales", "Oficina de Atención al Migrante"],
              "pt": ["Secretaria Municipal de Direitos Humanos e Cidadania", "Coordenação de Políticas para Migrantes"],
              "de": ["Amt für Integration", "Sozialreferat"], "it": ["Assessorato alle Politiche Sociali"]}
LOCAL_TITLES = {"en": ["!Mayor", "!Deputy Mayor", "*Deputy Mayor for Social Affairs and Integration", "City Councillor", "Head of Integration Office", "Director of Social Services", "Head of International Relations", "Senior Adviser to the Mayor", "Programme Manager, Migrant Integration", "Policy Officer"],
                "fr": ["!Maire/Maire", "Adjoint au maire chargé de l'intégration/Adjointe au maire chargée de l'intégration", "Conseiller municipal/Conseillère municipale", "Directeur des relations internationales/Directrice des relations internationales", "Chargé de mission/Chargée de mission"],
                "es": ["!Alcalde/Alcaldesa", "Teniente de Alcalde/Teniente de Alcalde", "Concejal de Derechos Sociales/Concejala de Derechos Sociales", "Director de Relaciones Internacionales/Directora de Relaciones Internacionales", "Coordinador de Atención al Migrante/Coordinadora de Atención al Migrante"],
                "pt": ["Vereador/Vereadora", "Diretor de Relações Internacionais/Diretora de Relações Internacionais", "Coordenador de Políticas para Migrantes/Coordenadora de Políticas para Migrantes"],
                "de": ["!Oberbürgermeister/Oberbürgermeisterin", "Stadtrat/Stadträtin", "Integrationsbeauftragter/Integrationsbeauftragte", "Leiter des Amtes für Integration/Leiterin des Amtes für Integration"],
                "it": ["!Sindaco/Sindaca", "Assessore alle Politiche Sociali/Assessora alle Politiche Sociali", "Consigliere comunale/Consigliera comunale"]}
REGION_TITLES = ["Regional Minister for Social Affairs", "Head of International Relations", "Director of Social Affairs", "Senior Adviser", "Regional Councillor", "Policy Officer"]
MINISTRIES = {"en": [("mfa", "Foreign Affairs"), ("moi", "the Interior"), ("mol", "Labour and Social Affairs"), ("mud", "Urban Development and Housing"), ("mlg", "Local Government and Rural Development"), ("mda", "Diaspora Affairs")],
              "fr": [("mae", "des Affaires étrangères"), ("mi", "de l'Intérieur"), ("mt", "du Travail et de la Sécurité sociale"), ("mv", "de la Ville"), ("mcl", "de la Décentralisation et des Collectivités locales")],
              "es": [("mre", "de Relaciones Exteriores"), ("mi", "del Interior"), ("mt", "de Trabajo y Seguridad Social"), ("mv", "de Vivienda, Ciudad y Territorio")],
              "pt": [("mre", "das Relações Exteriores"), ("mj", "da Justiça"), ("mt", "do Trabalho e Emprego")]}
MINISTRY_WORD = {"en": ("Ministry of {p} of {E}", "Minister of {p}/Minister of {p}"), "fr": ("Ministère {p}, {N}", "Ministre {p}/Ministre {p}"),
                 "es": ("Ministerio {p}, {N}", "Ministro {p}/Ministra {p}"), "pt": ("Ministério {p}, {N}", "Ministro {p}/Ministra {p}")}
MINISTRY_TITLES = {"en": ["!Deputy Minister", "Director-General", "Director", "Head of Migration Unit", "Senior Policy Officer", "Adviser", "Desk Officer"],
                   "fr": ["Directeur général/Directrice générale", "Conseiller technique/Conseillère technique", "Chef de la Division des migrations/Cheffe de la Division des migrations"],
                   "es": ["!Viceministro/Viceministra", "Director General/Directora General", "Asesor/Asesora", "Jefe de la Unidad de Migración/Jefa de la Unidad de Migración"],
                   "pt": ["Diretor/Diretora", "Assessor/Assessora", "Coordenador-Geral de Migração/Coordenadora-Geral de Migração"]}
MISSIONS = ["Permanent Mission of {E} to the United Nations Office at Geneva", "Permanent Mission of {E} to the United Nations Office and other international organizations in Geneva"]
MISSION_TITLES = ["!Ambassador and Permanent Representative", "*Deputy Permanent Representative", "Minister Counsellor", "Counsellor", "First Secretary", "Second Secretary", "Attaché"]
AGENCIES = """UNHCR – Division of International Protection=unhcr=CH;Office of the United Nations High Commissioner for Human Rights (OHCHR)=ohchr=CH
International Labour Organization (ILO) – Labour Migration Branch=ilo=CH;WHO – Department of Public Health, Environmental and Social Determinants of Health=who=CH
International Federation of Red Cross and Red Crescent Societies (IFRC)=ifrc=CH;United Nations Institute for Training and Research (UNITAR)=unitar=CH
Global Forum on Migration and Development (GFMD) Support Unit=gfmd=CH;UN-Habitat – Urban Planning and Design Branch=unhabitat=KE
United Nations Development Programme (UNDP) – Bureau for Policy and Programme Support=undp=US;UNICEF – Programme Division=unicef=US;UNFPA – Technical Division=unfpa=US;UN Women=unwomen=US
World Bank – Social, Urban, Rural and Resilience Global Practice=worldbank=US;Inter-American Development Bank (IDB)=iadb=US;UN DESA – Population Division=undesa=US
OECD – International Migration Division, Directorate for Employment, Labour and Social Affairs=oecd=FR;UNESCO – Social and Human Sciences Sector=unesco=FR
Council of Europe – Intercultural Cities Programme=coe=FR;Organisation internationale de la Francophonie (OIF)=francophonie=FR
European Commission – Directorate-General for Migration and Home Affairs=ec=BE;International Centre for Migration Policy Development (ICMPD)=icmpd=AT
United Nations Office on Drugs and Crime (UNODC)=unodc=AT;OSCE Office for Democratic Institutions and Human Rights (ODIHR)=odihr=PL
African Union Commission – Department of Social Affairs=au=ET;ECOWAS Commission – Directorate of Free Movement and Tourism=ecowas=NG
United Cities and Local Governments (UCLG)=uclg=ES;Secretaría General Iberoamericana (SEGIB)=segib=ES"""
AGENCY_TITLES = ["Director", "Deputy Director", "Chief, Policy Section", "Senior Policy Adviser", "Programme Officer", "Migration Specialist", "Urban Development Specialist", "Human Rights Officer", "Economist", "Senior Liaison Officer", "Consultant", "Associate Expert"]
FIELD_AGENCIES = ["UNDP", "UNHCR", "UNICEF", "UN-Habitat", "ILO", "UNFPA", "World Bank"]
FIELD_TITLES = ["*Representative", "Deputy Representative", "Programme Officer", "Programme Analyst", "Field Coordinator"]
IOM_UNITS = ["IOM – Department of International Cooperation and Partnerships", "IOM – International Partnerships Division", "IOM – Migration Policy Research Division", "IOM – Office of the Director General", "IOM – Governing Bodies Division", "IOM – Media and Communications Division", "IOM – Department of Migration Management", "IOM – Department of Operations and Emergencies"]
IOM_REGIONAL = {"SN": "West and Central Africa", "KE": "East and Horn of Africa", "ZA": "Southern Africa", "EG": "the Middle East and North Africa", "TH": "Asia and the Pacific", "AR": "South America", "CR": "Central America, North America and the Caribbean", "BE": "the European Economic Area, the European Union and NATO", "AT": "South-Eastern Europe, Eastern Europe and Central Asia"}
IOM_TITLES = ["Senior Migration Policy Officer", "Conference Officer", "Programme Officer", "Liaison Officer", "Senior Regional Adviser", "Media Officer", "Registration Assistant", "Consultant", "Intern"]
IOM_FIELD_TITLES = ["*Chief of Mission", "Regional Thematic Specialist", "Programme Officer", "National Programme Officer"]
TEMPLATES = {  # per category, per organisation language (falls back to "en")
    "civil_society": {"en": ["{e} Migrant Resource Centre", "Refugee and Migrant Forum of {e}", "Migrant Rights Network {E0}", "{e} Diaspora Development Association", "Coalition of Civil Society Organizations for the Rights of Migrant Workers and Their Families", "Global Network of Welcoming Cities", "Women and Migration Alliance", "Foundation for Urban Inclusion"],
                      "fr": ["Association pour l'accueil des migrants de {c}", "Collectif des associations de migrants de {c}", "Fédération des associations d'entraide avec les migrants", "Réseau Migrations et Développement – {N}"],
                      "es": ["Fundación Ciudades Abiertas", "Asociación de Migrantes de {c}", "Red Nacional de Organizaciones de Migrantes de {N}", "Centro de Atención al Migrante de {c}"],
                      "pt": ["Associação de Apoio ao Imigrante de {c}", "Centro de Acolhimento e Cidadania do Imigrante"], "de": ["Netzwerk Migration {c} e.V.", "Verein für Integration und Teilhabe {c}"], "it": ["Associazione Accoglienza Migranti {c}"]},
    "private_sector": {"en": ["{e} Chamber of Commerce and Industry", "{S} & Partners Consulting", "Global Remit Services Ltd", "UrbanGrid Infrastructure Group", "Transcontinental Mobility Solutions plc", "Meridian Workforce Solutions", "{e} Housing Finance Corporation"],
                       "fr": ["Chambre de commerce et d'industrie de {c}", "Groupe {S} Conseil", "Société d'aménagement urbain de {c}"], "es": ["Cámara de Comercio de {c}", "{S} y Asociados Consultores", "Remesas Andinas S.A."],
                       "pt": ["Associação Comercial de {c}", "{S} Consultoria Ltda."], "de": ["Industrie- und Handelskammer {c}", "{S} Beratung GmbH"], "it": ["Camera di Commercio di {c}"]},
    "academia": {"en": ["University of {e}", "{e} Institute for Migration Studies", "Centre for Urban and Migration Research, University of {e}", "{e} School of Economics and Political Science"],
                 "fr": ["Université de {c}", "Institut d'études urbaines et migratoires, Université de {c}"], "es": ["Universidad de {c}", "Universidad Nacional de {c}", "Facultad Latinoamericana de Ciencias Sociales (FLACSO) – Sede {N}"],
                 "pt": ["Universidade de {c}", "Universidade Federal de {c}"], "de": ["Universität {c}", "Institut für Migrationsforschung, Universität {c}"], "it": ["Università di {c}"], "nl": ["Universiteit {c}"]},
    "media": {"en": ["{e} Daily News", "The Urban Observer", "Migration & Cities Magazine", "Global Cities Review", "Radio {e} International", "Continental Press Agency"],
              "fr": ["La Gazette de {c}", "Radio {c} Info", "Journal des Villes", "Agence Presse Monde"], "es": ["Diario de {c}", "El Observador de {c}", "Radio Continental {N}"],
              "pt": ["Jornal de {c}"], "de": ["Tagesblatt {c}"], "it": ["Il Corriere di {c}"]},
}
TITLES = {
    "civil_society": {"en": ["*Executive Director", "*President", "Programme Manager", "Advocacy Officer", "Coordinator", "Policy Adviser", "Project Officer", "Board Member"],
                      "fr": ["*Président/Présidente", "*Directeur exécutif/Directrice exécutive", "Coordinateur/Coordinatrice", "Chargé de plaidoyer/Chargée de plaidoyer"],
                      "es": ["*Presidente/Presidenta", "*Director Ejecutivo/Directora Ejecutiva", "Coordinador/Coordinadora", "Oficial de Incidencia/Oficial de Incidencia"]},
    "private_sector": {"en": ["*Chief Executive Officer", "Managing Director", "Head of Corporate Social Responsibility", "Senior Consultant", "Partner", "Head of Government Relations", "Business Development Manager"]},
    "academia": {"en": ["Professor", "Professor of Urban Studies", "Associate Professor", "Senior Researcher", "Research Fellow", "Lecturer in Migration Studies", "Doctoral Researcher", "Independent Expert"],
                 "fr": ["Professeur/Professeure", "Chercheur/Chercheuse", "Maître de conférences/Maître de conférences"], "es": ["Profesor/Profesora", "Investigador/Investigadora", "Catedrático/Catedrática"]},
    "media": {"en": ["Journalist", "Correspondent", "Reporter", "Photographer", "Video Journalist", "Editor", "Producer"],
              "fr": ["Journaliste/Journaliste", "Correspondant/Correspondante", "Photographe/Photographe"], "es": ["Periodista/Periodista", "Corresponsal/Corresponsal", "Reportero/Reportera"]},
}
ORG_LANG = {"fr": "fr", "es": "es", "la": "es", "pt": "pt", "br": "pt", "de": "de", "it": "it", "nl": "nl"}
NOTES = ["Wheelchair access", "Accompanied by interpreter", "Accompanied by personal assistant", "Arriving late on 26 October", "Name spelling confirmed by the delegation", "Accès en fauteuil roulant", "Acompañado por intérprete"]
SUPERVISOR_NOTES = ["Accreditation letter missing — see registration supervisor", "Possible duplicate registration", "Name change requested by the delegation", "Identity to be checked against passport"]
FEATURED = [  # category, country, culture, first name, last name, Latin, female
    ("member_state", "GR", "el", "Γιώργος", "Παπαδόπουλος", "Giorgos Papadopoulos", 0),
    ("local_authority", "UA", "uk", "Оксана", "Ковальчук", "Oksana Kovalchuk", 1),
    ("civil_society", "IE", "ie", "Siobhán", "O'Brien", "", 1),
    ("local_authority", "EC", "es", "José", "Quintero Salinas", "", 0),
    ("local_authority", "VN", "vi", "Thị Hồng", "Nguyễn", "", 1),
    ("academia", "ES", "es", "María de los Ángeles", "Fernández de Córdoba y Villalobos", "", 1),
    ("member_state", "CN", "zh", "伟", "王", "Wei Wang", 0),
    ("local_authority", "JO", "ar", "محمد", "العلي", "Mohammed Al-Ali", 0),
    ("civil_society", "ID", "id", "", "Sutrisno", "", 0),
    ("local_authority", "NO", "no", "Åse", "Løken", "", 1),
    ("member_state", "RO", "ro", "Ștefan", "Rădulescu", "", 0),
    ("civil_society", "IE", "ie", "Pádraig", "Ó Súilleabháin", "", 0),
    ("academia", "DE", "de", "Jürgen", "Strauß", "", 0),
    ("member_state", "CZ", "cs", "Kateřina", "Procházková", "", 1),
]


def _pool(text: str) -> list[tuple[str, str]]:
    return [tuple((w.replace("_", " ") + "=").split("=")[:2]) for w in text.split()]


NAMES = {key: [_pool(part) for part in spec.split("|")] for key, spec in CULTURES.items()}
MONO = {key: (share, _pool(names)) for key, (share, names) in MONONYMS.items()}


def _country(line: str) -> dict:
    head, english, native, cultures, cities = (part.strip() for part in line.split("|"))
    code, weight, pref, olang = head.split()
    places = []
    for city in cities.split(";"):
        native_city, english_city, own = (city + "==").split("=")[:3]
        places.append((native_city, english_city or native_city, own))
    return {"code": code, "weight": int(weight), "langs": pref.split("/"), "olang": olang,
            "E": english, "N": english if native == "-" else native,
            "cultures": cultures.split(), "cities": places}


COUNTRY = {c["code"]: c for c in map(_country, COUNTRIES.strip().splitlines())}
AGENCY = [tuple(a.split("=")) for line in AGENCIES.splitlines() for a in line.split(";")]


def norm(text: str) -> str:
    return re.sub(r"[^a-z ]", "", unidecode(text).lower())


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", unidecode(text).lower()).strip("-")


def gendered(text: str, female: bool) -> str:
    return text.split("/")[female] if "/" in text else text


def make_name(rng: random.Random, culture: str, female: bool) -> dict:
    """first, last, latin (passport form for other scripts) and the Latin parts for e-mail.

    A culture written "~zh" gives a name of that culture already in Latin script (for
    example a Chinese-American registered as Wei Wang)."""
    romanised, culture = culture.startswith("~"), culture.lstrip("~")
    share, mononyms = MONO.get(culture, (0, []))
    if rng.random() < share:
        name = rng.choice(mononyms)[0]
        return {"first": "", "last": name, "latin": "", "g": "", "f": name}
    male, fem, family = NAMES[culture]
    given = rng.choice(fem if female else male)
    names = [rng.choice(family)]
    if rng.random() < DOUBLE_SURNAME.get(culture, 0):  # e.g. "Ortega Ruiz", "Carvalho de Sousa"
        second = rng.choice([f for f in family if f != names[0]])
        names.append(second)
    last = " ".join(gendered(n[0], female) for n in names)
    latin_given, latin_family = given[1], gendered(names[0][1], female)
    latin = f"{latin_given} {latin_family}" if latin_given else ""  # passport order: given family
    if romanised and latin:
        return {"first": latin_given, "last": latin_family, "latin": "",
                "g": latin_given, "f": latin_family}
    return {"first": given[0], "last": last, "latin": latin,
            "g": latin_given or given[0], "f": latin_family or gendered(names[0][0], female)}


def pick_title(rng, titles, org, female, used) -> tuple[str, bool]:
    """A title from the list; one-per-organisation titles are not given twice."""
    choices = [t for t in titles if t[0] not in "!*" or (org, t) not in used]
    title = rng.choice(choices)
    used.add((org, title))
    return gendered(title.lstrip("!*"), female), title.startswith("!")


def city_org(rng, country) -> tuple[str, str, str, bool]:
    """(organisation, domain, language for titles, whether a unit name may follow)."""
    native, english, own = rng.choice(country["cities"])
    lang = ORG_LANG.get(country["olang"], "en")
    if own and rng.random() < 0.6:  # the city's own name for itself, any script
        return own, slug(english), lang, False
    if country["olang"] in CITY_ORGS and rng.random() < 0.7:
        org = rng.choice(CITY_ORGS[country["olang"]]).format(c=native)
        return localised(org, lang), slug(english), lang, True
    templates = ["{e} Government", "{e} Council"] if english.endswith("City") else CITY_ORGS["en"]
    return rng.choice(templates).format(e=english), slug(english), "en", True


def localised(text: str, lang: str) -> str:
    """French elision ("Ville d'Abidjan") and Portuguese contraction ("Jornal do Porto")."""
    if lang == "fr":
        return re.sub(r"\bde (?=[AEIOUÉÈÂÎÔ])", "d'", text)
    if lang == "pt":
        return re.sub(r"\bde (Porto|Recife|Rio|Mindelo|Huambo|Beira|Praia|Amadora)\b(?! Alegre)",
                      lambda m: ("da " if m[1][-1] == "a" else "do ") + m[1], text)
    return text


def domain_of(org: str) -> str:
    acronym = re.search(r"\(([A-Z]{2,})\)", org)
    words = [w for w in slug(org.split(" – ")[0]).split("-") if len(w) > 3]
    if acronym:
        return acronym.group(1).lower()
    return "".join(w[0] for w in words) if len(words) > 3 else "-".join(words) or slug(org)


def organisation(rng, category, country, female, used) -> dict:
    """Organisation, title, country and e-mail domain for one participant."""
    code, olang = country["code"], country["olang"]
    lang = ORG_LANG.get(olang, "en")
    fields = {"E": country["E"], "N": country["N"], "E0": country["E"].removeprefix("the ")}
    result = {"country": code, "tld": "example", "senior": False}
    if category == "member_state":
        if rng.random() < 0.45:
            org = rng.choice(MISSIONS).format(**fields)
            title, senior = pick_title(rng, MISSION_TITLES, org, female, used)
            domain = f"mission-geneva.gov.{code.lower()}"
        else:
            mlang = lang if lang in MINISTRIES and rng.random() < 0.6 else "en"
            key, portfolio = rng.choice(MINISTRIES[mlang])
            org_form, minister = MINISTRY_WORD[mlang]
            org = org_form.format(p=portfolio, **fields)
            titles = ["!" + minister.format(p=portfolio), *MINISTRY_TITLES[mlang]]
            title, senior = pick_title(rng, titles, org, female, used)
            domain = f"{key}.gov.{code.lower()}"
    elif category == "local_authority":
        if code in REGIONS and rng.random() < 0.15:
            org = rng.choice(REGIONS[code])
            title, senior = pick_title(rng, REGION_TITLES, org, female, used)
            domain = f"{domain_of(org)}.{code.lower()}"
        else:
            org, domain, org_lang, units = city_org(rng, country)
            tlang = org_lang if org_lang in LOCAL_TITLES and rng.random() < 0.7 else "en"
            title, senior = pick_title(rng, LOCAL_TITLES[tlang], org, female, used)
            if units and not senior and tlang == org_lang and rng.random() < 0.25:
                org = f"{org} – {rng.choice(CITY_UNITS[tlang])}"
            domain = f"{domain}.{code.lower()}"
    elif category == "international_org":
        if rng.random() < 0.3:
            agency = rng.choice(FIELD_AGENCIES)
            form = "{a} Representation in {E}" if agency == "UNHCR" else "{a} Country Office in {E}"
            org = form.format(a=agency, **fields)
            title, senior = pick_title(rng, FIELD_TITLES, org, female, used)
            domain = slug(agency).replace("-", "")
        else:
            org, domain, result["country"] = rng.choice(AGENCY)
            title, senior = pick_title(rng, AGENCY_TITLES, org, female, used)
    elif category == "iom_staff":
        domain = "iom"
        if rng.random() < 0.7:
            org, result["country"] = rng.choice(IOM_UNITS), "CH"
            title, senior = pick_title(rng, IOM_TITLES, org, female, used)
        else:
            org = f"IOM Regional Office for {IOM_REGIONAL[code]}" if code in IOM_REGIONAL else \
                f"IOM Country Office in {country['E']}"
            title, senior = pick_title(rng, IOM_FIELD_TITLES, org, female, used)
    else:
        native, english, _own = rng.choice(country["cities"])
        family = [gendered(f[1] or f[0], False) for f in NAMES[country["cultures"][0].lstrip("~")][2]]
        surname = rng.choice(family or ["Global"])
        tlang = lang if lang in TEMPLATES[category] and rng.random() < 0.6 else "en"
        org = rng.choice(TEMPLATES[category][tlang]).format(c=native, e=english, S=surname, **fields)
        org = localised(org, tlang)
        titles = TITLES[category]
        title, senior = pick_title(rng, titles.get(tlang, titles["en"]), org, female, used)
        domain = f"{domain_of(org)}.{code.lower()}"
        result["tld"] = "example" if category == "academia" else "test"
    result.update(organisation=org, title=title, domain=domain, senior=senior)
    return result


def weighted_country(rng: random.Random) -> dict:
    countries = list(COUNTRY.values())
    return rng.choices(countries, weights=[c["weight"] for c in countries])[0]


def email(rng, person, domain, tld, taken) -> str:
    g = re.sub(r"[^a-z]", "", unidecode(person["g"].split(" ")[0]).lower())
    f = re.sub(r"[^a-z]", "", unidecode(person["f"]).lower())
    forms = [f"{g}.{f}", f"{g[:1]}{f}", f"{g[:1]}.{f}", f"{f}.{g}"] if g else [f]
    local, n = rng.choice(forms), 1
    while f"{local}{n if n > 1 else ''}@{domain}.{tld}" in taken:
        n += 1
    address = f"{local}{n if n > 1 else ''}@{domain}.{tld}"
    taken.add(address)
    return address


def generate() -> list[dict]:
    """The participant rows, in id order."""
    rng = random.Random(SEED)
    categories = [c for c, n in CATEGORY_COUNTS.items() for _ in range(n)]
    rng.shuffle(categories)
    featured: dict[int, tuple] = {}
    for k, person in enumerate(FEATURED):
        index = next(i for i in range(k * 47, len(categories))
                     if categories[i] == person[0] and i not in featured)
        featured[index] = person
    rows, used_titles, emails, tickets = [], set(), set(), set()
    names = {(person[3], person[4]) for person in FEATURED}  # nobody shares a full name
    for index, category in enumerate(categories):
        if index in featured:
            _cat, code, culture, first, last, latin, female = featured[index]
            country = COUNTRY[code]
            person = {"first": first, "last": last, "latin": latin,
                      "g": (latin or first).split(" ")[0],
                      "f": latin.split(" ")[-1] if latin else
                      last.split(" ")[0] if culture in DOUBLE_SURNAME else last}
        else:
            country = weighted_country(rng)
            culture, female = rng.choice(country["cultures"]), rng.random() < 0.47
            for _attempt in range(50):
                person = make_name(rng, culture, female)
                given, family = norm(person["g"]), norm(person["f"])
                famous = {f"{given} {family}", f"{given.split(' ')[0]} {family}"} & REAL_PEOPLE
                if not famous and (person["first"], person["last"]) not in names:
                    break
        names.add((person["first"], person["last"]))
        org = organisation(rng, category, country, bool(female), used_titles)
        language = rng.choice(country["langs"])
        if rng.random() < 0.05:  # some choose another working language
            language = rng.choice(["en", "fr", "es"])
        r = rng.random()
        days = "" if r < 0.80 else ";".join(DAYS) if r < 0.83 else DAYS[0] if r < 0.93 else DAYS[1]
        ticket = ""
        if rng.random() < 0.30:  # a code from the registration system, e.g. IDM-7Q2K-9XWD
            while not ticket or ticket in tickets:
                ticket = "IDM-{}-{}".format(*("".join(rng.choices(TICKET_CHARS, k=4)) for _ in "ab"))
            tickets.add(ticket)
        rows.append({
            "id": f"IDM15-{index + 1:05d}", "first_name": person["first"],
            "last_name": person["last"], "name_latin": person["latin"], "title": org["title"],
            "organisation": org["organisation"], "country": org["country"], "category": category,
            "email": email(rng, person, org["domain"], org["tld"], emails),
            "language": language, "days": days, "flags": "", "notes": "", "ticket_code": ticket,
            "_senior": org["senior"],
        })
    for row in rng.sample(rows, len(rows) // 20):  # 5 % registered without an e-mail
        row["email"] = ""
    add_flags_and_notes(rng, rows)
    for row in rows:
        del row["_senior"]
    return rows


def add_flags_and_notes(rng: random.Random, rows: list[dict]) -> None:
    senior = [r for r in rows if r["_senior"]]
    notable = re.compile(r"Professor|Direct|Head|Chief|Representative|Executive|Président|Presidente|Catedrátic")
    speakers = senior + [r for r in rows if not r["_senior"] and notable.search(r["title"])]
    vip = rng.sample(senior, FLAG_COUNTS["vip"])
    chosen = {
        "vip": vip,
        "protocol": rng.sample(vip, 10) + rng.sample([r for r in senior if r not in vip], 6),
        "speaker": rng.sample(speakers, FLAG_COUNTS["speaker"]),
        "see_supervisor": rng.sample(rows, FLAG_COUNTS["see_supervisor"]),
    }
    for flag in FLAG_COUNTS:  # canonical order within the field
        for row in chosen[flag]:
            row["flags"] = f"{row['flags']};{flag}".lstrip(";")
    for row in rows:
        if "see_supervisor" in row["flags"]:
            row["notes"] = rng.choice(SUPERVISOR_NOTES)
        elif "speaker" in row["flags"] and rng.random() < 0.5:
            row["notes"] = "Pick up speaker kit"
        elif row["category"] == "member_state" and rng.random() < 0.02:
            row["notes"] = "Badge to be collected by delegation secretary"
        elif row["category"] == "media" and rng.random() < 0.15:
            row["notes"] = "Press accreditation to be verified"
        elif rng.random() < 0.02:
            row["notes"] = rng.choice(NOTES)


def write_csv(rows: list[dict], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, COLUMNS, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=OUTPUT, help=f"CSV to write (default: {OUTPUT})")
    args = parser.parse_args(argv)
    rows = generate()
    write_csv(rows, args.output)
    print(f"wrote {len(rows)} participants to {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
