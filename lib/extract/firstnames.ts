// Common English-language given names. Capitalised two-word phrases are everywhere on business
// pages ("Case Studies", "Hardwood Flooring"); a known given name is what makes one a person.
const NAMES = `
aaron abby abigail adam adrian aidan aiden al alan albert alberto alec alex alexa alexander alexandra alexis alfred
alice alicia alison allan allen allison alma alvin amanda amber amelia amy ana andre andrea andrew andy angel angela
angelica angie anita ann anna anne annette annie anthony antonio april archie arianna ariel arlene arnold art arthur
arvin ashley aubrey audrey austin autumn ava avery bailey barbara barry beatrice becky belinda ben benjamin bernard
bernice bert beth bethany betty beverly bill billy blake blanche bob bobbie bobby bonnie brad bradley brady brandi
brandon brandy brenda brendan brent brett brian briana brianna bridget brittany brooke bruce bryan bryce byron caleb
calvin cameron camille candace cara carl carla carlos carmen carol caroline carolyn carrie carter casey cassandra
catherine cathy cecil cecilia chad charlene charles charlie charlotte chase chelsea cheryl chester chloe chris
christian christina christine christopher christy chuck cindy claire clara clarence claude claudia clay clayton
clifford clint clinton clyde cody colin colleen connie connor constance corey cory courtney craig cristina crystal
curtis cynthia daisy dale dallas dan dana daniel danielle danny darlene darrell darren darryl dave david dawn dean
deanna debbie deborah debra dee delores demond denise dennis derek derrick desiree devin diana diane dianne dick
dolores dominic don donald donna dora doris dorothy doug douglas drew duane dustin dwayne dwight dylan earl ed eddie
edgar edith edna eduardo edward edwin eileen elaine eleanor elena eli elijah elizabeth ella ellen ellie elmer eloise
elsie emily emma eric erica erik erin ernest ernesto esther ethan eugene eva evan evelyn faith faye felicia felix
fernando florence floyd frances francis francisco frank franklin fred freddie frederick gabriel gabriela gail gary
gavin gene geneva george georgia gerald geraldine gilbert gina ginger glen glenda glenn gloria gordon grace grant
greg gregory gretchen guadalupe gwen gwendolyn hailey haley hannah harold harriet harry harvey hazel heather hector
heidi helen henry herbert herman hilda holly homer hope howard hugh hunter ian ida ingrid irene iris irma isaac
isabel isabella ivan jack jackie jackson jacob jacqueline jacquelyn jaime jake james jamie jan jane janet janice
jared jasmine jason javier jay jean jeanette jeanne jeannie jeff jeffery jeffrey jenna jennifer jenny jeremiah
jeremy jerome jerry jesse jessica jessie jesus jill jim jimmie jimmy jo joan joann joanna joanne jodi jody joe joel
joey johanna john johnnie johnny jon jonathan jordan jorge jose joseph josephine josh joshua joy joyce juan juanita
judith judy julia julian julie june justin kara karen kari karl kate katelyn katherine kathleen kathryn kathy katie
katrina kay kayla keith kelli kellie kelly ken kendra kenneth kenny kent kerry kevin kim kimberly kirk kristen
kristin kristina kristy krystal kurt kyle lance larry laura lauren laurie lawrence leah lee leigh lena leo leon
leona leonard leroy leslie lester lewis lila lillian lily linda lindsay lindsey lisa lloyd logan lois lonnie
loretta lori lorraine louis louise lucas lucille lucy luis luke lydia lynda lynn mabel mackenzie madeline madison
mae maggie mandy manuel marc marcia marcus margaret margie maria marian marianne marie marilyn mario marion marjorie
mark marlene marsha marshall martha martin marvin mary mason mathew matt matthew mattie maureen max maxine megan
melanie melinda melissa melody melvin meredith mia michael micheal michele michelle miguel mike mildred milton mindy
miranda miriam misty mitchell molly monica monique morgan myra myrtle nadine nancy naomi natalie natasha nathan
nathaniel neil nellie nelson nicholas nichole nick nicole nina noah noel nora norma norman olga olive oliver olivia
oscar owen paige pam pamela pat patricia patrick patsy patti patty paul paula pauline pearl pedro peggy penny perry
pete peter phil philip phillip phyllis preston priscilla rachel rafael ralph ramon ramona randall randy raquel ray
raymond rebecca regina reginald renee rhonda ricardo richard rick ricky riley rita rob robert roberta roberto robin
robyn rochelle rodney roger roland ron ronald ronnie rosa rose rosemary ross roxanne roy ruben ruby rudy russell
ruth ryan sabrina sally sam samantha samuel sandra sandy sara sarah savannah scott sean sergio seth shane shannon
shari sharon shawn shawna sheila shelby shelley shelly sherri sherry shirley sidney sierra sonia sonya sophia
sophie spencer stacey stacy stanley stella stephanie stephen steve steven stuart sue summer susan suzanne sydney
sylvia tamara tami tammy tanya tara taylor ted teresa terrance terrence terri terry thelma theodore theresa thomas
tiffany tim timothy tina toby todd tom tommy toni tony tonya tracey traci tracy travis trevor tricia troy tyler
tyrone valerie vanessa vernon veronica vicki vickie vicky victor victoria vincent viola violet virginia vivian wade
wallace walter wanda warren wayne wendy wesley whitney william willie wilma winston yolanda yvette yvonne zach
zachary zoe dax seth greg shad stacy ron brad twila lonnie rhiana marthalee mindy bonnie jeannie
`;

export const EN_GIVEN_NAMES: ReadonlySet<string> = new Set(NAMES.split(/\s+/).filter(Boolean));
