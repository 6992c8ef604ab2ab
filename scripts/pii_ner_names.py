# ruff: noqa: E501, SIM905 (the name lists read best as long runs of words)
"""Given names and family names of many cultures for scripts/train_pii_ner.py, written for it by hand (no
Faker, no corpus): the NER learns a name from its place in the sentence, not from Faker's lists.

GIVEN and FAMILY map a culture to its names (Latin script, as they are written in mail to the desk).
WORD_NAMES are given names that are also English words ("Will", "Grace", "Hunter"): the generator uses
them as names in a name's place and as words elsewhere, so the model learns the difference from context.
`syllable_name` composes names that exist nowhere, so no list can stand in for the context.
"""

from __future__ import annotations

import random

_GIVEN = {
    "english": """James John Robert Michael David Richard Thomas Charles Daniel Matthew Anthony Steven Andrew
        Joshua Kevin Brian George Timothy Ronald Edward Jason Jeffrey Ryan Gary Nicholas Eric Jonathan Stephen
        Larry Justin Scott Brandon Benjamin Samuel Gregory Alexander Patrick Jack Dennis Tyler Aaron Henry
        Nathan Douglas Zachary Peter Kyle Noah Ethan Jeremy Walter Christian Keith Roger Terry Austin Sean Gerald
        Carl Harold Dylan Arthur Lawrence Jordan Jesse Bryan Billy Bruce Gabriel Logan Alan Juan Wayne Ralph
        Mason Elijah Liam Oliver Lucas Owen Caleb Wyatt Connor Declan Callum Alfie Archie Harvey Toby Rhys
        Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Lisa Nancy Betty Sandra Margaret
        Ashley Kimberly Emily Donna Michelle Carol Amanda Melissa Deborah Stephanie Rebecca Sharon Laura Cynthia
        Dorothy Amy Kathleen Angela Shirley Brenda Emma Anna Pamela Nicole Samantha Katherine Christine Helen
        Debra Rachel Carolyn Janet Maria Catherine Heather Diane Olivia Julie Joyce Victoria Ruth Virginia
        Lauren Kelly Christina Joan Evelyn Judith Andrea Hannah Megan Cheryl Jacqueline Martha Madison Teresa
        Gloria Sara Janice Ann Kathryn Abigail Sophia Frances Jean Alice Judy Isabella Julia Denise Brittany
        Natalie Chloe Zoe Poppy Isla Freya Imogen Niamh Siobhan Aoife Ciara Saoirse Sinead Orla Eilidh Morag
        Kirsty Fiona Ailsa Seamus Padraig Eoin Cormac Ruairi Fergus Angus Hamish Gareth Dafydd Ioan Gethin Cerys
        Bronwen Sian Rhiannon Megan Tegan Bethan""",
    "german_dutch_nordic": """Lukas Leon Finn Jonas Maximilian Felix Elias Paul Moritz Tobias Florian Sebastian
        Matthias Stefan Jürgen Dieter Uwe Wolfgang Klaus Rainer Holger Torsten Hannah Lena Leonie Mia Lea Laura
        Katharina Anja Sabine Ute Heike Birgit Gisela Ursula Greta Frieda Annika Mareike Wiebke Jannik Bastiaan
        Joost Sander Thijs Daan Bram Ruud Wouter Pieter Maarten Floris Sanne Femke Lotte Anouk Marieke Ilse
        Noor Fleur Saskia Lieke Eline Lars Magnus Henrik Anders Nils Sven Björn Gustav Oskar Axel Torbjørn
        Ingrid Astrid Sigrid Solveig Linnea Maja Ebba Elin Freja Karin Liv Eero Juha Mikko Jukka Antti Timo
        Aino Aila Satu Tuula Kirsi Päivi""",
    "french": """Jean Pierre Louis Antoine Étienne Mathieu Julien Nicolas Guillaume Baptiste Théo Hugo Mathis
        Clément Rémi Benoît Thibault Gaëtan Loïc Yannick Aurélien Cédric Sébastien Olivier Xavier Amélie Camille
        Chloé Manon Léa Inès Élodie Margaux Océane Pauline Clémence Gaëlle Maëlle Solène Aurore Brigitte
        Françoise Geneviève Hélène Mathilde Noémie Séverine Sylvie Josiane""",
    "iberian_latam": """José Juan Luis Carlos Javier Miguel Alejandro Diego Pablo Sergio Andrés Fernando Jorge
        Rodrigo Gonzalo Ignacio Santiago Mateo Joaquín Tomás Emiliano Facundo Agustín Rafael Ramón Álvaro
        Iñigo Jaime Héctor Rubén Raúl Óscar Esteban Mauricio Lucía Sofía Valentina Camila Martina Daniela
        Gabriela Florencia Catalina Ximena Guadalupe Rocío Pilar Mercedes Consuelo Carmen Dolores Inmaculada
        Macarena Nerea Ainhoa Itziar Paloma Marisol Yolanda Beatriz Lorena Renata Fernanda Paula Agustina
        João Tiago Gonçalo Rui Nuno Duarte Bernardo Vasco Afonso Leandro Thiago Gustavo Rafaela Leonor Beatriz
        Inês Carolina Mariana Larissa Thaís Letícia Bruna Luíza Conceição Graça Fátima""",
    "italian": """Giuseppe Giovanni Francesco Alessandro Lorenzo Matteo Leonardo Riccardo Gabriele Tommaso
        Edoardo Federico Davide Stefano Massimo Giorgio Salvatore Vincenzo Antonio Luca Marco Fabio Emanuele
        Giulia Chiara Francesca Alessia Martina Giorgia Sara Federica Elisa Ilaria Valeria Silvia Serena
        Beatrice Arianna Ludovica Camilla Benedetta Rosaria Concetta Annunziata Gaetano Carmelo""",
    "slavic_baltic_hungarian": """Piotr Paweł Krzysztof Tomasz Michał Marcin Łukasz Grzegorz Mateusz Jakub
        Wojciech Bartosz Kacper Szymon Agnieszka Małgorzata Katarzyna Magdalena Joanna Zofia Wiktoria Aleksandra
        Justyna Dorota Jiří Petr Jan Tomáš Ondřej Lukáš Vojtěch Zdeněk Tereza Lucie Kateřina Markéta Jana Dmitri
        Sergei Alexei Nikolai Ivan Vladimir Yuri Mikhail Andrei Oleg Pavel Igor Artem Bohdan Taras Ostap Mykola
        Vasyl Yaroslav Natalia Olga Tatiana Svetlana Irina Yulia Ekaterina Anastasia Oksana Halyna Ludmila
        Daria Milica Dragan Goran Nenad Zoran Vesna Jelena Snežana Mirela Ivana Marko Luka Tanja Andrius Tomas
        Rūta Ieva Jānis Kristaps Ilze Zsolt Balázs Gábor László Bence Levente Zsófia Réka Eszter Katalin Ioana
        Andreea Bogdan Mihai Radu Cristina Raluca""",
    "greek_turkish": """Giorgos Nikos Dimitris Kostas Yannis Panagiotis Vasilis Christos Eleni Maria Katerina
        Sofia Dimitra Georgia Vasiliki Despina Mehmet Mustafa Ahmet Emre Burak Cem Kerem Oğuz Serkan Murat
        Hakan Volkan Tolga Ayşe Fatma Elif Zeynep Esra Merve Büşra Gülşen Derya Ebru Selin Deniz""",
    "arabic_persian": """Mohammed Muhammad Ahmed Ali Omar Khaled Youssef Ibrahim Hassan Hussein Mahmoud Mustafa
        Abdullah Abdulrahman Saeed Saad Fahad Nasser Majid Waleed Tariq Ziad Rami Sami Nabil Karim Hamza Bilal
        Anas Fatima Aisha Maryam Noura Huda Rania Dina Lina Reem Hala Samira Yasmin Nadia Amal Rasha Ghada
        Mona Salma Leila Dalia Hiba Jumana Sahar Reza Mehdi Hossein Amir Dariush Kourosh Babak Arash Parisa
        Shirin Mahsa Niloufar Golnaz Roya Farzaneh Azadeh""",
    "south_asian": """Aarav Vihaan Arjun Aditya Rohan Rahul Vikram Sanjay Rajesh Suresh Ramesh Mahesh Ganesh
        Prakash Anil Sunil Vijay Ajay Amit Sumit Rohit Nikhil Kunal Varun Karthik Srinivas Venkat Lakshman
        Murugan Senthil Arun Balaji Harpreet Gurpreet Manpreet Jaswinder Sukhdeep Rajinder Baljit Priya Ananya
        Aishwarya Deepika Kavya Lakshmi Meena Sunita Pooja Neha Shreya Divya Swati Anjali Nandini Radhika
        Sowmya Revathi Padma Bhavana Sneha Tanvi Ishita Riya Shruti Rupinder Simran Amrita Imran Asif Faisal
        Usman Zubair Shahid Adnan Farhan Sadia Ayesha Rukhsana Nazia Farzana Tahmina Nusrat Rafiq Sabbir Tanvir
        Dinesh Chaminda Nuwan Kasun Dilani Nadeesha Anura Bishnu Sagar Sabina Pemba""",
    "east_asian": """Wei Jie Hao Ming Lei Jun Yang Tao Peng Bo Qiang Zhiwei Haoran Yuxuan Zihan Xinyi Yuting
        Jiayi Meiling Xiaoyan Xiaoming Li Na Ying Fang Hui Jing Lan Chen Yu Zhen Minjun Seojun Jihoon Donghyun
        Hyunwoo Jaewon Sungmin Taeyang Jisoo Jiyeon Seoyeon Minji Hyejin Yuna Eunji Soojin Haneul Daeho
        Hiroshi Takeshi Kenji Haruto Yuto Sota Ren Daiki Kaito Shota Ryota Kazuki Satoshi Akira Yuki Haruka
        Sakura Yui Aoi Hina Misaki Nanami Ayaka Kaori Emi Naoko Megumi Tomoko Keiko Minh Tuan Huy Duc Khoa
        Quang Thanh Long Trang Linh Huong Thao Ngoc Phuong Anh Mai Hoa Somchai Somsak Anan Niran Kanya
        Siriporn Nattaya Pornthip""",
    "southeast_asian_pacific": """Budi Agus Eko Joko Wahyu Dewi Sri Putri Ayu Rina Wulan Siti Nurul Farid Hafiz
        Aiman Syafiq Haziq Nur Aina Syafiqah Izzati Jericho Jomar Rommel Arnel Mylene Lovely Rowena Marites
        Analyn Jhun Nestor Teodoro Marivic Rosalinda Tane Wiremu Aroha Mere Sione Losa Mele Tevita""",
    "african": """Oluwaseun Olumide Oluwatobi Adebayo Adewale Ayodele Babatunde Folasade Funmilayo Temitope
        Titilayo Yetunde Abimbola Bolanle Chukwuemeka Chinedu Chidi Ikenna Obinna Nnamdi Uchenna Emeka Chiamaka
        Ngozi Nkechi Adaeze Chiamaka Ifeoma Amaka Musa Abubakar Aliyu Sani Usman Hauwa Zainab Aminu Kwame Kofi
        Kwabena Yaw Kojo Akosua Ama Abena Efua Adwoa Esi Kwesi Wanjiru Wambui Njeri Kamau Otieno Ochieng Achieng
        Akinyi Atieno Kipchoge Chebet Jelagat Mwangi Baraka Neema Zawadi Amani Imani Tendai Tatenda Farai
        Rudo Chipo Thabo Sipho Themba Lindiwe Nomsa Thandeka Zanele Lerato Palesesa Mpho Bongani Sibusiso
        Nokuthula Ayana Abebe Tesfaye Dawit Selam Meron Hirut Tigist Yonas Mekdes Moussa Mamadou Ousmane
        Fatou Aminata Awa Ibrahima Cheikh Seydou Mariama Kadiatou Lamine""",
    "hebrew": """Avi Yossi Moshe Eitan Noam Itai Ori Yonatan Amit Guy Tamar Noa Shira Yael Maayan Michal
        Hadas Ayelet Talia Rivka Chaim Menachem Shlomo""",
}

_FAMILY = {
    "english": """Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas Moore Martin
        Thompson White Harris Clark Lewis Robinson Walker Young Allen Wright Scott Green Baker Adams Nelson Hill
        Campbell Mitchell Roberts Carter Phillips Evans Turner Parker Collins Edwards Stewart Morris Murphy Cook
        Rogers Morgan Cooper Peterson Reed Bailey Bell Kelly Howard Ward Cox Richardson Wood Watson Brooks
        Bennett Gray Hughes Price Sanders Myers Long Ross Foster Powell Jenkins Perry Russell Sullivan Fisher
        Henderson Coleman Simmons Patterson Jordan Reynolds Hamilton Graham Wallace Cole West Hayes Gibson Ellis
        Hawkins Palmer Ashworth Whitfield Pemberton Blackwood Hargreaves Fairclough Thornton Aldridge Kettering
        O'Brien O'Sullivan O'Connor O'Neill McCarthy Gallagher Byrne Doyle Kavanagh Fitzgerald Brennan Quinlan
        McAllister MacLeod MacDonald Fraser Buchanan Drummond Sinclair Urquhart Llewellyn Pritchard Vaughan Powys""",
    "german_dutch_nordic": """Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer
        Koch Bauer Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange
        Werner Krause Lehmann Köhler Kaiser Fuchs Scholz Vogel Jäger Brandt Haas Sommer Graf Seidel Huber
        Gruber Steiner Moser Egger Brunner de Jong Jansen de Vries Bakker Visser Smit Meijer Mulder Bos
        Vos Peters Hendriks Dekker Brouwer Dijkstra Kok Verhoeven Janssens Maes Claes Willems Wouters Goossens
        Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Lindqvist Lindberg Bergström
        Hansen Johansen Olsen Andersen Pedersen Nielsen Jørgensen Halvorsen Korhonen Virtanen Mäkinen Nieminen
        Hämäläinen Laine Heikkinen Koskinen Järvinen Lehtonen""",
    "french": """Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent Lefebvre
        Michel Garcia David Bertrand Roux Vincent Fournier Morel Girard André Lefèvre Mercier Dupont Lambert
        Bonnet François Martinez Legrand Garnier Faure Rousseau Blanc Guérin Muller Henry Roussel Nicolas
        Perrin Morin Mathieu Clément Gauthier Dumont Lopez Fontaine Chevalier Robin Masson Sanchez Gérard
        Boyer Lemaire Duchamp Beaulieu Tremblay Gagnon Bouchard Côté Pelletier Lévesque Bergeron Desjardins""",
    "iberian_latam": """García Rodríguez González Fernández López Martínez Sánchez Pérez Gómez Martín Jiménez Ruiz
        Hernández Díaz Moreno Muñoz Álvarez Romero Alonso Gutiérrez Navarro Torres Domínguez Vázquez Ramos
        Gil Ramírez Serrano Blanco Molina Morales Suárez Ortega Delgado Castro Ortiz Rubio Marín Sanz Iglesias
        Medina Garrido Cortés Castillo Santos Lozano Guerrero Cano Prieto Méndez Cruz Calvo Gallego Vidal
        León Márquez Herrera Peña Flores Cabrera Campos Vega Fuentes Carrasco Diez Caballero Reyes Nieto
        Aguilar Pascual Herrero Montero Lorenzo Hidalgo Giménez Ibáñez Ferrer Durán Santiago Benítez Mora
        Vicente Vargas Arias Carmona Crespo Román Pastor Soto Sáez Velasco Moya Soler Parra Esteban Bravo
        Gallardo Rojas Etxeberria Goikoetxea Zubizarreta Silva Santos Ferreira Pereira Oliveira Costa
        Rodrigues Martins Jesus Sousa Fernandes Gonçalves Gomes Lopes Marques Alves Almeida Ribeiro Pinto
        Carvalho Teixeira Moreira Correia Mendes Nunes Soares Vieira Monteiro Cardoso Rocha Neves Coelho
        Cunha Pires Araújo Barbosa Nascimento Cavalcanti Albuquerque Quintero Villanueva Zapata Echeverría
        Bustamante Sepúlveda Valenzuela Figueroa Cárdenas Arango Restrepo Londoño""",
    "italian": """Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti De Luca
        Mancini Costa Giordano Rizzo Lombardi Moretti Barbieri Fontana Santoro Mariani Rinaldi Caruso Ferrara
        Galli Martini Leone Longo Gentile Martinelli Vitale Lombardo Serra Coppola De Santis D'Angelo Marchetti
        Parisi Villa Conte Ferraro Ferri Fabbri Bianco Marini Grasso Valentini Messina Sala De Angelis Gatti
        Pellegrini Palumbo Sanna Farina Rizzi Monti Cattaneo Morelli Amato Silvestri Mazza Testa Grassi
        Pellegrino Carbone Giuliani Benedetti Barone Rossetti Caputo Montanari Guerra Palmieri Bernardi
        Ferretti Fiore""",
    "slavic_baltic_hungarian": """Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński
        Szymański Woźniak Dąbrowski Kozłowski Jankowski Mazur Kwiatkowski Krawczyk Piotrowski Grabowski
        Pawłowski Michalski Zając Król Wieczorek Jabłoński Wróbel Nowakowska Kowalska Novák Svoboda Novotný
        Dvořák Černý Procházka Kučera Veselý Horák Němec Pokorný Marek Pospíšil Hájek Ivanov Smirnov Kuznetsov
        Popov Vasiliev Petrov Sokolov Mikhailov Fedorov Morozov Volkov Alekseev Lebedev Semenov Egorov Pavlov
        Kozlov Stepanov Nikolaev Orlov Andreev Makarov Zakharov Shevchenko Kovalenko Bondarenko Tkachenko
        Kravchenko Oliynyk Melnyk Boyko Moroz Lysenko Marchenko Rudenko Savchenko Petrenko Horvat Kovačević
        Babić Marić Jurić Novak Knežević Petrović Jovanović Nikolić Đorđević Stojanović Popović Kazlauskas
        Jankauskas Petrauskas Bērziņš Kalniņš Ozoliņš Tamm Saar Sepp Nagy Kovács Tóth Szabó Horváth Varga
        Kiss Molnár Németh Farkas Balogh Papp Takács Juhász Popescu Ionescu Dumitrescu Stan Stoica Gheorghe
        Matei Constantin Dobre Radulescu""",
    "greek_turkish": """Papadopoulos Papadakis Georgiou Nikolaidis Konstantinidis Dimitriou Ioannidis
        Vlachos Karagiannis Oikonomou Papanikolaou Alexiou Christodoulou Antoniou Makris Yilmaz Kaya Demir
        Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Kara Koç Kurt
        Özkan Şimşek Polat Korkmaz Erdoğan Güneş Aksoy Uçar""",
    "arabic_persian": """Al-Farsi Al-Rashid Al-Amin Haddad Khoury Nassar Saleh Hamdan Mansour Barakat Aziz
        Darwish Qasim Rahman Hussain Ibrahim Suleiman Abboud Sayegh Karam Aoun Najjar Hijazi Jaber Taha
        El-Sayed Abdel-Fattah Mahfouz Shalaby Hamid Bakri Khalifa Zayed Al-Mansoori Al-Hashimi Al-Qahtani
        Al-Otaibi Al-Ghamdi Al-Zahrani Tahan Farouk Benali Bouzid Benjelloun El Amrani Haddadi
        Ahmadi Hosseini Mohammadi Rezaei Moradi Karimi Jafari Rahimi Hashemi Sadeghi Ghorbani Tehrani
        Shirazi Esfahani Farahani Kazemi Naderi Sharifi""",
    "south_asian": """Sharma Verma Gupta Patel Shah Mehta Desai Joshi Kulkarni Deshpande Iyer Iyengar Nair
        Menon Pillai Reddy Rao Naidu Chowdhury Banerjee Chatterjee Mukherjee Bhattacharya Ganguly Das Bose
        Sen Dutta Ghosh Roy Singh Kaur Gill Sandhu Sidhu Dhillon Grewal Bajwa Malhotra Kapoor Khanna Arora
        Chopra Bhatia Sethi Agarwal Bansal Goyal Jain Saxena Srivastava Tiwari Mishra Pandey Dubey Yadav
        Chauhan Rathore Thakur Krishnan Subramanian Venkatesan Ramaswamy Natarajan Raghavan Krishnamurthy
        Balasubramanian Sundaram Annamalai Hegde Shetty Kamath Pai Fernandes D'Souza Pereira Khan Qureshi
        Siddiqui Chaudhry Butt Malik Sheikh Mirza Baig Hussain Abbasi Rahman Hossain Islam Uddin Ahmed
        Begum Akter Sarkar Perera Fernando Silva Jayawardena Wickramasinghe Bandara Dissanayake Gunawardena
        Shrestha Gurung Tamang Thapa Rai Adhikari""",
    "east_asian": """Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao Luo Zheng
        Liang Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye Cheng Wei
        Su Lu Ding Ren Shen Yao Chan Wong Cheung Leung Ho Ng Lau Tsang Kwok Tan Lim Lee Goh Ong Teo Koh Kim
        Park Choi Jung Kang Cho Yoon Jang Lim Han Shin Seo Kwon Hwang Ahn Song Hong Jeon Moon Bae Baek Sato
        Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Yamada Sasaki Yamaguchi
        Matsumoto Inoue Kimura Hayashi Shimizu Yamazaki Mori Abe Ikeda Hashimoto Ishikawa Ogawa Fujita Okada
        Goto Hasegawa Murakami Kondo Ishii Saito Sakamoto Endo Aoki Fujii Nishimura Fukuda Ota Miura Nguyen
        Tran Le Pham Hoang Phan Vu Vo Dang Bui Do Ho Ngo Duong Ly Truong Dinh Saetang Srisuk Chaiyaporn
        Wongsawat Rattanakorn Suksawat""",
    "southeast_asian_pacific": """Santoso Wijaya Gunawan Halim Susanto Hidayat Setiawan Kusuma Pratama Saputra
        Nugroho Wibowo Lestari Rahmawati Sulistyo Hakim bin Abdullah binti Ismail Ramli Yusof Othman Razak
        Hamzah Aziz Kamaruddin Reyes Santos Cruz Bautista Ocampo Garcia Mendoza Villanueva Dela Cruz Del
        Rosario Aquino Soriano Pascual Manalo Macaraeg Dimaculangan Panganiban Tuazon Ngata Parata Tupou
        Fonoti Tuilagi Faleolo""",
    "african": """Adeyemi Adebayo Okafor Okonkwo Eze Nwosu Obi Chukwu Okoro Nwachukwu Ogunleye Oyelaran
        Akinola Afolabi Balogun Bello Ibrahim Abubakar Mohammed Danjuma Lawal Olawale Ogunbiyi Fashola Nnadi
        Igwe Onyeka Mensah Boateng Owusu Asante Osei Agyeman Appiah Acheampong Darko Amoah Kamau Mwangi
        Otieno Odhiambo Wanjiku Njoroge Kiprono Kiptoo Cheruiyot Mutua Kimani Omondi Onyango Waweru Mugo
        Nkosi Dlamini Ndlovu Khumalo Mthembu Zulu Mahlangu Mokoena Molefe Naidoo Van Wyk Botha Pretorius
        Moyo Ncube Sibanda Chikwanha Mutasa Banda Phiri Tembo Mulenga Chanda Tadesse Bekele Haile Girma
        Mekonnen Alemu Wolde Diallo Diop Ndiaye Fall Sow Traoré Keita Coulibaly Touré Camara Sylla Sesay""",
    "hebrew": """Cohen Levi Mizrahi Peretz Biton Dahan Avraham Friedman Azoulay Malka Katz Shapiro Goldberg
        Rosenberg Weiss Ben-David Ben-Ami Shalev Golan Segal Amsalem Ohana""",
}

_GLUE = ("de", "Dela", "Del", "bin", "binti", "Van", "El", "Bin", "De")


def _family(text: str) -> list[str]:
    """The names of `text`, with the multi-word ones ("de Jong", "Dela Cruz", "bin Abdullah") glued back."""
    out: list[str] = []
    for word in text.split():
        if out and out[-1] in _GLUE:
            out[-1] += " " + word
        else:
            out.append(word)
    return list(dict.fromkeys(out))


GIVEN: dict[str, list[str]] = {k: list(dict.fromkeys(v.split())) for k, v in _GIVEN.items()}
FAMILY: dict[str, list[str]] = {k: _family(v) for k, v in _FAMILY.items()}
CULTURES = sorted(GIVEN)

# Given names that are also English words: a name in a name's place, a word elsewhere.
WORD_NAMES = """Will Grace Hunter Rose Jade Bill Frank Summer Chase Hope Faith Joy Mark Pat Sue Rob Dawn
    Autumn Skye Sky River Ivy Holly Hazel Pearl Ruby Amber Crystal Daisy Lily Iris Violet Olive Jasmine
    Heather Penny Sandy Rusty Dusty Bob Art Gene Ray Rich Drew Grant Wade Bud Buck Cash Chip Cliff Dale
    Dean Glen Jack Jay Lance Max Miles Nick Norm Ward Wolf Reed Forrest Storm Raven Robin Sage Star
    Destiny Harmony Melody Mercy Patience Charity Honor Trinity Journey Royal Sterling Major Prince King
    Precious Lucky Sunny Marina Carol April May June August Jean Dot Kitty Ginger Candy Brandy Misty""".split()

_ONSETS = "b br c ch d dr f g gr h j k kh l m n p r s sh t th tr v w y z zh".split() + [""] * 4
_VOWELS = "a e i o u a e i o u ai ei ia io ou ua ay".split()
_CODAS = [""] * 8 + "n r l s m k th nd rt".split()


def syllable_name(rng: random.Random, syllables: int | None = None) -> str:
    """A name that exists in no list ("Taruvel", "Oshandi"), two or three syllables."""
    count = syllables or rng.choice([2, 2, 3])
    out = "".join(rng.choice(_ONSETS) + rng.choice(_VOWELS) + rng.choice(_CODAS) for _ in range(count))
    return out.capitalize()


# Places and things named after people, which are no person (kept as they are): a few famous ones and
# patterns to put any name in.
FAMOUS_PLACES = """Charles de Gaulle airport|John Lennon Airport|Gare Saint-Lazare|JFK|John F. Kennedy International|
    Logan Airport|O'Hare|Dulles|Pierre Elliott Trudeau International|Jomo Kenyatta International|
    Ninoy Aquino International|Ben Gurion Airport|Václav Havel Airport|Marco Polo airport|
    Leonardo da Vinci airport|Lincoln Memorial|Washington Square|Rockefeller Center|Madison Square Garden|
    Carnegie Hall|Royal Albert Hall|Victoria Station|Queen Elizabeth Olympic Park|
    Plaza de Cervantes|Praça Marquês de Pombal|Piazza Garibaldi|
    Place Charles de Gaulle|Willy-Brandt-Platz||
    Nelson Mandela Square|Jinnah International|Allama Iqbal International|Kempegowda International|
    Netaji Subhas Chandra Bose International|Rajiv Gandhi International|Shah Jalal International|
    Soekarno-Hatta|Mohammed V International|King Fahd Causeway|
    Jorge Chávez International|Arturo Merino Benítez|Jorge Newbery|Plaza San Martín|Benito Juárez International|
    Kennedy Space Center|Hoover Dam|Lincoln Tunnel|George Washington Bridge|Pershing Square|Grant Park|
    Franz Josef Strauss airport|Lech Wałęsa Airport|Chopin Airport|Atatürk Airport|Queen Alia International|
    King Khalid International|Hamad International|Galileo Galilei airport|Cristoforo Colombo airport|
    Humberto Delgado airport|Francisco Sá Carneiro airport|Eduardo Gomes airport|Tom Jobim airport|
    Santos Dumont|Estação da Luz|Gare Montparnasse|Place de la Concorde|
    St Pancras|St. Mary's Hospital|Johns Hopkins Hospital|Mount Sinai|Churchill Gardens""".split("|")
PLACE_AFTER = (
    "Airport|International Airport|International|airport|Station|station|Park|Square|Bridge|Hospital|"
    "Stadium|Center|Centre|Memorial|Library|University|High School|Museum|Arena|Terminal|Metro|Tunnel|"
    "Cathedral"
).split("|")
PLACE_BEFORE = (
    "Gare|Estación|Estação|Aeroporto|Aeropuerto|Aéroport|Parque|Parc|Pont|"
    "Hospital|Colegio|Stazione|Lycée|Université|Universidad|Universidade|Fort|Mount|Lake|Cape|Stade|"
    "Estadio|Museo|Musée|Teatro|Collège|Aeroporto Internacional|Bahnhof"
).split("|")

# Words that open support messages in the desk's languages (greetings, sign-offs, imperatives, labels):
# capitalised at a message's start, where names also stand, and no name.
OPENERS = """Ship Send Post Deliver Forward Signed Plate Refund Cancel Charge Book Booked Paid Driver Rider Passenger
    Booking Order Receipt Invoice Account Card Login Tried Got Left Lost Found Waited Still Again Also Just
    Yesterday Today Tonight Sorry Thanks Cheers Regards Best Yours Sent Reply Update Note Attached Urgent Hi
    Hello Hey Morning Evening Dear Noted Quick Weird Nobody Someone Somebody Everyone Nothing Anyway Status
    Fare Pickup Route Tip Promo Wallet Phone Bag Keys Laptop Charged Billed Address Delivery Billing Contact
    Hola Gracias Saludos Alguien Nadie Reembolso Transferencia Envíen Necesito Quiero Perdí Olvidé Ayer Hoy
    Cobraron Pagué Dirección Correo Cuenta Tarjeta Atentamente Oigan Buenas Olá Obrigado Obrigada Abraço
    Abraços Beijos Transferência Esqueci Perdi Moro Morada Endereço Alguém Ninguém Cobraram Paguei
    Atenciosamente Cumprimentos Ontem Hoje Enviem Preciso Buongiorno Buonasera Ciao Salve Grazie Saluti
    Rimborso Bonifico Accesso Chiedete Inviate Spedite Qualcuno Nessuno Ieri Oggi Abito Indirizzo Pagato
    Addebito Bonjour Bonsoir Salut Merci Cordialement Remboursement Virement Débit Connexion Hier Envoyez
    Adresse Livraison Hallo Moin Servus Grüezi Danke Grüße Gruß Lieferadresse Anschrift Rechnung Erstattung
    Rückerstattung Buchung Jemand Niemand Gestern Heute Bitte Schicken Zahlung Konto Hoi Goedemorgen
    Goedemiddag Bedankt Groeten Terugbetaling Adres Iemand Gisteren Vandaag Stuur Graag Proszę Dziękuję
    Pozdrawiam Cześć Merhaba Teşekkürler""".split()

# ---- the `--names` recipe (issue 20, second try): negatives beside the names ---------------------------

# Brands, shops and cars named after people or spelt like names: no person.
BRANDS = """Louis Vuitton|Tommy Hilfiger|Ralph Lauren|Calvin Klein|Hugo Boss|Ted Baker|Paul Smith|Johnnie Walker|
    Jack Daniel's|Ben & Jerry's|McDonald's|Wendy's|Tim Hortons|Marks & Spencer|John Lewis|Dr. Martens|Tesla|
    Ferrari|Lamborghini|Porsche|Mercedes-Benz|Ford Fiesta|Chevrolet|Dacia Logan|Peugeot 208|Citroën C4|
    Renault Clio|Opel Astra|Skoda Octavia|Hyundai Ioniq|Kia Niro|Suzuki Swift|Honda Civic|Nissan Leaf|
    Toyota Corolla|Walt Disney|Warner Bros|Dyson|Philips|Siemens|Bosch|Braun|Kellogg's|Heinz|Nestlé|Cadbury|
    Milka|Lindt|Sephora|Zara|Mango|Primark|Lidl|Aldi|Carrefour|Tesco|Sainsbury's|Waitrose|Boots|Starbucks|
    Costa Coffee|Pret|KFC|Domino's|Papa John's|Uber Eats|Deliveroo|Glovo|Rappi|Grab|Gojek|Bolt|Careem|Didi|
    Levi's|Victoria's Secret|Estée Lauder|Max Mara|Massimo Dutti|Bershka|Oysho|Stradivarius|Benetton|Armani|
    Gucci|Prada|Versace|Chanel|Dior|Hermès|Lacoste|Hermes|Fendi|Valentino|Moschino|Carolina Herrera|
    Jimmy Choo|Michael Kors|Kate Spade|Tory Burch|Vera Wang|Marc Jacobs|Stella McCartney|Alexander McQueen|
    Anna Sui|Jean Paul Gaultier|Yves Saint Laurent|Christian Louboutin|Carl Zeiss|Peter Pan|Harry Potter|
    Sherlock Holmes|Mickey Mouse|Hello Kitty|Barbie|Lego|Nintendo|PlayStation|Airbnb|Booking.com|Ryanair|
    easyJet|Lufthansa|Emirates|Qatar Airways|Wizz Air|Vueling|Iberia|KLM|Air France|Jet2|Aer Lingus""".split(
    "|"
)
BRANDS = [b.strip() for b in BRANDS if b.strip()]

# Streets and squares named after people, written without a house number (a place, no person); with a
# number they are an address.
STREET_AFTER = (
    "Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Drive|Way|Place|Square|Bridge|Highway|Parkway".split("|")
)
STREET_BEFORE = (
    "Rue|Avenue|Boulevard|Calle|Avenida|Rua|Via|Viale|Corso|Piazza|Plaza|Praça|Largo|Paseo|Rambla|Ulica|"
    "Jalan|Place|Quai|Allée"
).split("|")

# Everyday words of support chat written in lowercase, where chat also writes a name in lowercase: no name.
LOWER_WORDS = """anymore|anyway|anyhow|again|already|still|just|really|literally|basically|honestly|maybe|
    parcel delivery|login alert|profit|cash|refund|receipt|promo|promo code|surge|tip|the app|customer care|
    wallet|voucher|top up|card|cancellation|pickup|drop off|lost and found|support|help desk|weekend|tonight|
    airport run|school run|ride pass|subscription|premium|late fee|deposit|balance|account|password reset|
    otp|verification code|driver rating|dashcam|boot|trunk|seatbelt|aircon|detour|toll road|ring road|
    motorway|roundabout|traffic|rush hour|night rate|booking fee|service fee|split fare|group ride|scooter|
    e-bike|charger|umbrella|backpack|headphones|sunglasses|passport|keys|laptop|tablet|invoice|statement|
    bank transfer|chargeback|dispute|complaint|feedback|rating|review|screenshot|notification|update|
    gps|map|eta|route|fare|quote|estimate|discount|credit|coupon|points|loyalty|cashback|bonus|profit|
    loss|tax|vat|fee|charge|overcharge|double charge|pending|declined|approved|blocked|locked|frozen""".split(
    "|"
)
LOWER_WORDS = list(dict.fromkeys(w.strip() for w in LOWER_WORDS if w.strip()))

# Airports and stations by their own names (not named after a person), before a terminal ("Changi T2"):
# a place, kept.
AIRPORTS = """Changi|Heathrow|Gatwick|Stansted|Schiphol|Barajas|El Prat|Fiumicino|Malpensa|Orly|Zaventem|Kastrup|
    Arlanda|Gardermoen|Vantaa|Tegel|Brandenburg|Ezeiza|Guarulhos|Galeão|Narita|Haneda|Kansai|Incheon|Gimpo|
    Suvarnabhumi|Don Mueang|Dubai International|Doha|Sydney Airport|Tullamarine|Pearson|Dulles|Newark|
    LaGuardia|JFK|O'Hare|Midway|Logan|SeaTac|Pudong|Hongqiao|Daxing|Chek Lap Kok|Soekarno-Hatta|Ngurah Rai|
    Mactan|Tan Son Nhat|Noi Bai|Juanda|Cointrin|Kloten|Sabiha|Esenboğa|Vnukovo|Sheremetyevo|Pulkovo|Okęcie|
    Ruzyně|Ferihegy|Otopeni|Lisbon Airport|Porto Airport|Manchester Airport|Dublin Airport""".split("|")
AIRPORTS = [a.strip() for a in AIRPORTS if a.strip()]
